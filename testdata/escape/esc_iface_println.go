// Exercises values passed to fmt.Println and fmt.Printf: each operand is converted to an interface.
package main

import "fmt"

type point struct {
	x, y int
}

func show(p point, s string, n int) { // ERROR "leaking param: s"
	fmt.Println(p, s, n) // ERROR "\.\.\. argument does not escape" "p escapes to heap" "s escapes to heap" "n escapes to heap"
}

func showPtr(p *point) { // ERROR "leaking param: p"
	fmt.Println(p) // ERROR "\.\.\. argument does not escape"
}

func showf(n int, s string) { // ERROR "leaking param: s"
	fmt.Printf("%d %s\n", n, s) // ERROR "\.\.\. argument does not escape" "n escapes to heap" "s escapes to heap"
}

func showConst() {
	fmt.Println("constant", 12, true) // ERROR "\.\.\. argument does not escape" "\"constant\" escapes to heap" "12 escapes to heap" "true escapes to heap"
}

func main() {
	p := point{1, 2} // ERROR "moved to heap: p"
	show(p, "a", 3)
	showPtr(&p)
	showf(4, "b")
	showConst()
}
