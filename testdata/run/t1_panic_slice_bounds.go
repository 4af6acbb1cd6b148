// Exercises the run-time panic for slicing a string beyond its length (s[:j] with j > len(s)).
package main

import "fmt"

func prefix(s string, n int) string {
	return s[:n]
}

func suffix(s string, n int) string {
	return s[len(s)-n:]
}

func main() {
	word := "gosub"
	fmt.Printf("%q %q %q\n", suffix(word, 0), suffix(word, 3), suffix(word, 5))
	fmt.Printf("%q %q\n", word[5:], word[2:2])
	for n := 0; n < 8; n += 2 {
		fmt.Printf("%d %q\n", n, prefix(word, n))
	}
}

// Output:
// "" "sub" "gosub"
// "" ""
// 0 ""
// 2 "go"
// 4 "gosu"
// Exit: 2
// Stderr: panic: runtime error: slice bounds out of range [:6] with length 5
