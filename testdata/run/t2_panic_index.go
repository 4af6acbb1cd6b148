// Exercises the runtime panic for a slice index out of range.
package main

import "fmt"

func get(s []int, i int) int { return s[i] }

func main() {
	s := []int{1, 2, 3}
	fmt.Println(get(s, 2))
	fmt.Println(get(s, 5))
	fmt.Println("not reached")
}

// Output:
// 3
// Exit: 2
// Stderr: panic: runtime error: index out of range [5] with length 3
