// Exercises returned closures: the func literal and its captured variables escape.
package main

import "fmt"

func counter() func() int {
	n := 0 // ERROR "moved to heap: n"
	return func() int { // ERROR "func literal escapes to heap"
		n++
		return n
	}
}

func adder(base int) func(int) int {
	return func(v int) int { // ERROR "func literal escapes to heap"
		return base + v
	}
}

func accumulate(p *int) func(int) { // ERROR "leaking param: p"
	return func(d int) { // ERROR "func literal escapes to heap"
		*p += d
	}
}

func main() {
	c := counter()
	c()
	add := adder(10)
	total := 0 // ERROR "moved to heap: total"
	acc := accumulate(&total)
	acc(5)
	fmt.Println(c(), add(3), total) // ERROR "\.\.\. argument does not escape" "c\(\) escapes to heap" "add\(3\) escapes to heap" "total escapes to heap"
}
