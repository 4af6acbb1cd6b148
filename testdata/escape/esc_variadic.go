// Exercises calls to user-defined variadic functions: the implicit ... slice.
package main

import "fmt"

var keptArgs []int

func sum(xs ...int) int { // ERROR "xs does not escape"
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func keep(xs ...int) { // ERROR "leaking param: xs"
	keptArgs = xs
}

func firstPtr(ps ...*int) *int { // ERROR "leaking param: ps to result ~r0 level=1"
	return ps[0]
}

func main() {
	a := sum(1, 2, 3) // ERROR "\.\.\. argument does not escape"
	b := sum()
	keep(4, 5) // ERROR "\.\.\. argument escapes to heap"
	x, y := 1, 2
	p := firstPtr(&x, &y) // ERROR "\.\.\. argument does not escape"
	fmt.Println(a, b, len(keptArgs), *p) // ERROR "\.\.\. argument does not escape" "a escapes to heap" "b escapes to heap" "len\(keptArgs\) escapes to heap" "\*p escapes to heap"
}
