// Variadic functions of the program: the ... argument slice, and what the
// callee does with it.
package main

var kept []*int

func keepAll(ps ...*int) {
	kept = append(kept, ps...)
}

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func firstOf(ps ...*int) *int {
	return ps[0]
}

func main() {
	a, b, c := 1, 2, 3
	keepAll(&a, &b)
	println(sum(a, b, c), *firstOf(&c), len(kept))
}
