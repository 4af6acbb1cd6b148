// Exercises pointer-receiver method calls on local struct values, which take the variable's address.
package main

import "fmt"

type counter struct {
	n    int
	seen []int
}

func (c *counter) add(v int) { // ERROR "leaking param content: c"
	c.n += v
	c.seen = append(c.seen, v)
}

func (c counter) total() int { return c.n } // ERROR "c does not escape"

var last *counter

func (c *counter) keep() { last = c } // ERROR "leaking param: c"

func local() int {
	var c counter
	c.add(1)
	c.add(2)
	return c.total()
}

func kept() int {
	var c counter // ERROR "moved to heap: c"
	c.add(3)
	c.keep()
	return c.total()
}

func main() {
	fmt.Println(local(), kept(), len(last.seen)) // ERROR "\.\.\. argument does not escape" "local\(\) escapes to heap" "kept\(\) escapes to heap" "len\(last\.seen\) escapes to heap"
}
