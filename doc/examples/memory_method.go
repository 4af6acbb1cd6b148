package main

import "fmt"

type Counter struct {
	n int
}

func (c *Counter) Inc() { c.n++ }

func (c Counter) Get() int { return c.n }

func main() {
	var c Counter
	inc := c.Inc // receiver &c, bound now
	get := c.Get // receiver: a copy of c, made now
	inc()
	inc()
	fmt.Println(c.n, get(), c.Get())
}
