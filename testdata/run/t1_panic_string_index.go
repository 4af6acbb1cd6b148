// Exercises the run-time panic for indexing a string past its end (an off-by-one on a multi-byte string).
package main

import "fmt"

func runes(s string) (n int) {
	for range s {
		n++
	}
	return
}

func main() {
	s := "añb"
	n := runes(s) // 3 runes, but the string has 4 bytes
	fmt.Println(len(s), n, s[n-1])
	for i := 0; i <= len(s); i++ {
		fmt.Println(i, s[i])
	}
	fmt.Println("not reached")
}

// Output:
// 4 3 177
// 0 97
// 1 195
// 2 177
// 3 98
// Exit: 2
// Stderr: panic: runtime error: index out of range [4] with length 4
