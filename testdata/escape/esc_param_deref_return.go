// Exercises returning what a parameter points to: leaking to result at level 1.
package main

import "fmt"

type holder struct {
	ptr *int
	s   string
}

func unwrap(pp **int) *int { // ERROR "leaking param: pp to result ~r0 level=1"
	return *pp
}

func inner(h *holder) *int { // ERROR "leaking param: h to result ~r0 level=1"
	return h.ptr
}

func label(h *holder) string { // ERROR "leaking param: h to result ~r0 level=1"
	return h.s
}

func main() {
	x := 4
	px := &x
	a := unwrap(&px)
	y := 9 // ERROR "moved to heap: y"
	h := holder{ptr: &y, s: "lbl"}
	b := inner(&h)
	fmt.Println(*a, *b, label(&h)) // ERROR "\.\.\. argument does not escape" "\*a escapes to heap" "\*b escapes to heap" "label\(&h\) escapes to heap"
}
