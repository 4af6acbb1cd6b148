// Exercises appending pointers to locals into slices: the pointed-to locals move to the heap.
package main

import "fmt"

type cell struct {
	v int
}

func gather(n int) []*cell {
	var out []*cell
	for i := 0; i < n; i++ {
		c := cell{v: i} // ERROR "moved to heap: c"
		out = append(out, &c)
	}
	return out
}

func localOnly() int {
	a, b := 1, 2 // ERROR "moved to heap: a" "moved to heap: b"
	ps := []*int{} // ERROR "\[\]\*int\{\} does not escape"
	ps = append(ps, &a, &b)
	return *ps[0] + *ps[1]
}

func main() {
	cs := gather(3)
	fmt.Println(cs[2].v, localOnly()) // ERROR "\.\.\. argument does not escape" "cs\[2\]\.v escapes to heap" "localOnly\(\) escapes to heap"
}
