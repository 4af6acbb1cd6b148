package main

type Counter interface {
	Inc()
	Get() int
}

type count struct{ n int }

func (c *count) Inc()    { c.n++ }
func (c count) Get() int { return c.n }

func newCount() count { return count{} }

func main() {
	var c count
	c.Inc()
	var p Counter = &c
	var v Counter = c
	newCount().Inc()
	println(p.Get(), v.Get())
}
