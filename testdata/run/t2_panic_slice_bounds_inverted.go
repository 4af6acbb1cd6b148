// Slicing with lo > hi panics: slice bounds out of range [5:2].
package main

import "fmt"

func main() {
	s := []int{0, 1, 2, 3, 4, 5, 6, 7}
	lo, hi := 1, 4
	for i := 0; i < 2; i++ {
		fmt.Println(s[lo:hi])
		lo += 2
		hi -= 1
	}
	u := s[2:6:7]
	fmt.Println(u, len(u), cap(u))
	defer fmt.Println("deferred sees", len(s))
	lo, hi = 5, 2
	t := s[lo:hi]
	fmt.Println(t)
}

// Output:
// [1 2 3]
// []
// [2 3 4 5] 4 5
// deferred sees 8
// Exit: 2
// Stderr: panic: runtime error: slice bounds out of range [5:2]
