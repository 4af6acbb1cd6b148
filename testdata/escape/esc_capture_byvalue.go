// Exercises closures capturing variables by value (never reassigned) and by reference (reassigned or addressed).
package main

import "fmt"

type big struct {
	buf [40]int
}

func byValue(n int) func() int {
	k := n * 2
	return func() int { return k + 1 } // ERROR "func literal escapes to heap"
}

func byRef(n int) func() int {
	k := n // ERROR "moved to heap: k"
	return func() int { // ERROR "func literal escapes to heap"
		k++
		return k
	}
}

func addressed(n int) (func() int, *int) {
	k := n // ERROR "moved to heap: k"
	p := &k
	return func() int { return k }, p // ERROR "func literal escapes to heap"
}

func tooBig() func() int {
	var b big // ERROR "moved to heap: b"
	b.buf[3] = 7
	return func() int { return b.buf[3] } // ERROR "func literal escapes to heap"
}

func main() {
	f, g := byValue(3), byRef(4)
	h, p := addressed(5)
	fmt.Println(f(), g(), h(), *p, tooBig()()) // ERROR "\.\.\. argument does not escape" "f\(\) escapes to heap" "g\(\) escapes to heap" "h\(\) escapes to heap" "\*p escapes to heap" "\.autotmp_4\(\) escapes to heap"
}
