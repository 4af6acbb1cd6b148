// Exercises a local variable whose address is returned: it must move to the heap.
package main

import "fmt"

type point struct {
	x, y int
}

func newPoint(x, y int) *point {
	p := point{x, y} // ERROR "moved to heap: p"
	return &p
}

func newInt(v int) *int {
	n := v * 2 // ERROR "moved to heap: n"
	return &n
}

func newArray() *[4]int {
	var a [4]int // ERROR "moved to heap: a"
	for i := range a {
		a[i] = i * i
	}
	return &a
}

func main() {
	p := newPoint(1, 2)
	n := newInt(21)
	a := newArray()
	fmt.Println(p.x+p.y, *n, a[3]) // ERROR "\.\.\. argument does not escape" "p\.x \+ p\.y escapes to heap" "\*n escapes to heap" "a\[3\] escapes to heap"
}
