// Exercises make with a non-constant size: it always goes to the heap.
package main

import "fmt"

func ones(n int) int {
	s := make([]int, n) // ERROR "make\(\[\]int, n\) escapes to heap"
	for i := range s {
		s[i] = 1
	}
	return len(s)
}

func withCap(n int) int {
	s := make([]byte, 0, n) // ERROR "make\(\[\]byte, 0, n\) escapes to heap"
	s = append(s, 'a')
	return cap(s)
}

func grid(w, h int) [][]int {
	g := make([][]int, h) // ERROR "make\(\[\]\[\]int, h\) escapes to heap"
	for i := range g {
		g[i] = make([]int, w) // ERROR "make\(\[\]int, w\) escapes to heap"
	}
	return g
}

func main() {
	g := grid(3, 2)
	fmt.Println(ones(5), withCap(8), len(g), len(g[0])) // ERROR "\.\.\. argument does not escape" "ones\(5\) escapes to heap" "withCap\(8\) escapes to heap" "len\(g\) escapes to heap" "len\(g\[0\]\) escapes to heap"
}
