// Exercises maps made and used only locally: make, make with a hint, and map literals.
package main

import "fmt"

func countDistinct(xs []int) int { // ERROR "xs does not escape"
	seen := make(map[int]bool) // ERROR "make\(map\[int\]bool\) does not escape"
	for _, x := range xs {
		seen[x] = true
	}
	return len(seen)
}

func withHint(n int) int {
	m := make(map[int]int, n) // ERROR "make\(map\[int\]int, n\) does not escape"
	for i := 0; i < n; i++ {
		m[i] = i * i
	}
	return m[n-1]
}

func literal(key string) int { // ERROR "key does not escape"
	m := map[string]int{"one": 1, "two": 2} // ERROR "map\[string\]int\{\.\.\.\} does not escape"
	return m[key]
}

func main() {
	fmt.Println(countDistinct([]int{1, 2, 2, 3}), withHint(4), literal("two")) // ERROR "\.\.\. argument does not escape" "countDistinct\(\[\]int\{\.\.\.\}\) escapes to heap" "\[\]int\{\.\.\.\} does not escape" "withHint\(4\) escapes to heap" "literal\(\"two\"\) escapes to heap"
}
