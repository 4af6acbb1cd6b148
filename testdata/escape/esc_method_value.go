// Exercises method values (f := t.M) that are called locally or returned.
package main

import "fmt"

type counter struct {
	n int
}

func (c *counter) inc() int { // ERROR "c does not escape"
	c.n++
	return c.n
}

func (c counter) get() int {
	return c.n
}

func callTwice(f func() int) int { // ERROR "f does not escape"
	f()
	return f()
}

func local() int {
	c := counter{}
	f := c.inc // ERROR "c\.inc does not escape"
	f()
	return callTwice(f)
}

func bound() func() int {
	c := &counter{n: 10} // ERROR "&counter\{\.\.\.\} escapes to heap"
	return c.inc // ERROR "c\.inc escapes to heap"
}

func valueMethod() int {
	c := counter{n: 5}
	g := c.get // ERROR "c\.get does not escape"
	c.n = 6
	return g()
}

func main() {
	b := bound()
	fmt.Println(local(), b(), valueMethod()) // ERROR "\.\.\. argument does not escape" "local\(\) escapes to heap" "b\(\) escapes to heap" "valueMethod\(\) escapes to heap"
}
