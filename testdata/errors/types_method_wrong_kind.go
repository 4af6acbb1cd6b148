// types: calling methods on values that do not have them (pointer-receiver methods on non-addressable values)
// needs: types (the type checker reports these)
package main

type counter struct{ n int }

func (c *counter) Inc()    { c.n++ }
func (c counter) Get() int { return c.n }

func make1() counter { return counter{} }

func main() {
	counter{}.Inc() // ERROR "cannot call pointer method Inc on counter"
	make1().Inc() // ERROR "cannot call pointer method Inc on counter"
	m := map[string]counter{}
	m["a"].Inc() // ERROR "cannot call pointer method Inc on counter"
	var c counter
	c.Inc()
	_ = c.Get()
	_ = counter.Get(c)
	counter.Inc(&c) // ERROR "cannot call pointer method Inc on counter"
	n := 5
	n.Inc() // ERROR "n\.Inc undefined \(type int has no field or method Inc\)"
}
