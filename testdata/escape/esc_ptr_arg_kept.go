// Exercises a pointer to a local passed to a function that keeps it in a global.
package main

import "fmt"

var saved *int

var history []*int

func keep(p *int) { // ERROR "leaking param: p"
	saved = p
}

func remember(p *int) { // ERROR "leaking param: p"
	history = append(history, p)
}

func work() {
	x := 10 // ERROR "moved to heap: x"
	keep(&x)
	y := 20 // ERROR "moved to heap: y"
	remember(&y)
}

func main() {
	work()
	fmt.Println(*saved, *history[0]) // ERROR "\.\.\. argument does not escape" "\*saved escapes to heap" "\*history\[0\] escapes to heap"
}
