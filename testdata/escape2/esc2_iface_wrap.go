// An interface's methods: gc generates I.M wrappers that call through the
// interface, so their receiver and pointer arguments leak.
package main

type sink interface {
	write(p *int)
	flush() int
}

type counter struct{ n int }

func (c *counter) write(p *int) { c.n += *p }
func (c *counter) flush() int   { return c.n }

func use(s sink, v int) int {
	s.write(&v)
	return s.flush()
}

func main() {
	c := &counter{}
	println(use(c, 3))
}
