// A shift by a negative count of a signed type panics at run time.
package main

import "fmt"

func shl(x int, s int) int { return x << s }

func main() {
	for s := 3; s >= -1; s-- {
		fmt.Println(s, shl(1, s))
	}
}

// Output:
// 3 8
// 2 4
// 1 2
// 0 1
// Exit: 2
// Stderr: panic: runtime error: negative shift amount
