package main

type Counter struct{ n int }

func (c *Counter) Add(k int) *Counter {
	c.n += k
	return c
}

func main() {
	c := &Counter{}
	c.Add(1).
		Add(2)
	c.Add(3)
		.Add(4)
}
