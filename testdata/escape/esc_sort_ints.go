// Exercises sort.Ints on local, parameter, and returned slices.
package main

import (
	"fmt"
	"sort"
)

func median(xs []int) int { // ERROR "xs does not escape"
	c := make([]int, len(xs)) // ERROR "make\(\[\]int, len\(xs\)\) escapes to heap"
	copy(c, xs)
	sort.Ints(c)
	return c[len(c)/2]
}

func sortedLocal() int {
	s := []int{5, 2, 8, 1} // ERROR "\[\]int\{\.\.\.\} escapes to heap"
	sort.Ints(s)
	return s[0]
}

func sortedCopy(xs []int) []int { // ERROR "xs does not escape"
	out := append([]int(nil), xs...)
	sort.Ints(out)
	return out
}

func main() {
	xs := []int{3, 1, 2} // ERROR "\[\]int\{\.\.\.\} does not escape"
	sc := sortedCopy(xs)
	fmt.Println(median(xs), sortedLocal(), sc[0]) // ERROR "\.\.\. argument does not escape" "median\(xs\) escapes to heap" "sortedLocal\(\) escapes to heap" "sc\[0\] escapes to heap"
}
