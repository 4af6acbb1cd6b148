// Exercises method calls through a named interface with pointer and value implementations.
package main

import "fmt"

type speaker interface {
	speak() string
}

type dog struct {
	name string
}

func (d dog) speak() string { return d.name + " woofs" } // ERROR "d does not escape" "d\.name \+ \" woofs\" escapes to heap"

type cat struct {
	name  string
	lives int
}

func (c *cat) speak() string { // ERROR "leaking param: c to result ~r0 level=1"
	c.lives--
	return c.name
}

func talk(s speaker) string { // ERROR "leaking param: s"
	return s.speak()
}

func main() {
	d := dog{"rex"}
	c := cat{"tom", 9} // ERROR "moved to heap: c"
	a := talk(d) // ERROR "d escapes to heap"
	b := talk(&c)
	fmt.Println(a, b, c.lives) // ERROR "\.\.\. argument does not escape" "a escapes to heap" "b escapes to heap" "c\.lives escapes to heap"
}
