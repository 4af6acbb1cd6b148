// Indexing a slice past its length panics: index out of range [i] with length n.
package main

import "fmt"

func at(s []int, i int) int {
	return s[i]
}

func main() {
	s := make([]int, 5, 10)
	for i := range s {
		s[i] = i * i
	}
	sum := 0
	for i := 0; i < len(s); i++ {
		sum += at(s, i)
	}
	fmt.Println(sum, len(s), cap(s))
	idx := len(s)
	defer fmt.Println("deferred runs first")
	fmt.Println(at(s, idx))
}

// Output:
// 30 5 10
// deferred runs first
// Exit: 2
// Stderr: panic: runtime error: index out of range [5] with length 5
