// make([]T, n) with a negative length held in a variable panics: makeslice: len out of range.
package main

import "fmt"

func alloc(n int) []int {
	return make([]int, n)
}

func main() {
	for _, n := range []int{0, 3, 1} {
		s := alloc(n)
		fmt.Println(len(s), cap(s))
	}
	n := 2
	n -= 7
	fmt.Println("n =", n)
	s := alloc(n)
	fmt.Println(len(s))
}

// Output:
// 0 0
// 3 3
// 1 1
// n = -5
// Exit: 2
// Stderr: panic: runtime error: makeslice: len out of range
