// Exercises addresses of locals that are only used locally and never escape.
package main

import "fmt"

type counter struct {
	n int
}

func sumViaPointer(xs []int) int { // ERROR "xs does not escape"
	total := 0
	p := &total
	for _, x := range xs {
		*p += x
	}
	return total
}

func bump() int {
	c := counter{}
	q := &c
	q.n++
	q.n += 10
	return c.n
}

func swapLocal() (int, int) {
	a, b := 1, 2
	pa, pb := &a, &b
	*pa, *pb = *pb, *pa
	return a, b
}

func main() {
	x, y := swapLocal()
	fmt.Println(sumViaPointer([]int{1, 2, 3}), bump(), x, y) // ERROR "\.\.\. argument does not escape" "sumViaPointer\(\[\]int\{\.\.\.\}\) escapes to heap" "\[\]int\{\.\.\.\} does not escape" "bump\(\) escapes to heap" "x escapes to heap" "y escapes to heap"
}
