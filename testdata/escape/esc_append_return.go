// Exercises appending to a local slice and returning it, versus appending only locally.
package main

import "fmt"

func evens(n int) []int {
	var s []int
	for i := 0; i < n; i += 2 {
		s = append(s, i)
	}
	return s
}

func countEvens(n int) int {
	s := make([]int, 0, 4) // ERROR "make\(\[\]int, 0, 4\) does not escape"
	for i := 0; i < n; i += 2 {
		s = append(s, i)
	}
	return len(s)
}

func extend(s []int, v int) []int { // ERROR "leaking param: s to result ~r0 level=0"
	return append(s, v, v+1)
}

func main() {
	e := evens(10)
	x := extend(e, 100)
	fmt.Println(len(e), countEvens(10), len(x)) // ERROR "\.\.\. argument does not escape" "len\(e\) escapes to heap" "countEvens\(10\) escapes to heap" "len\(x\) escapes to heap"
}
