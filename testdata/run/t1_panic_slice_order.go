// Exercises the run-time panic for a string slice whose low bound exceeds its high bound (s[i:j] with i > j).
package main

import "fmt"

// between fails at run time when i > j: the bounds are variables, so
// the compiler cannot reject them as it would reject a constant s[6:4].
func between(s string, i, j int) string {
	return s[i:j]
}

func middle(s string) string {
	return between(s, len(s)/2-1, len(s)/2+1)
}

func main() {
	s := "0123456789"
	fmt.Printf("%q %q %q\n", between(s, 0, 0), between(s, 10, 10), middle(s))
	for i, j := 2, 8; ; i, j = i+2, j-2 {
		fmt.Printf("[%d:%d] %q\n", i, j, between(s, i, j))
	}
}

// Output:
// "" "" "45"
// [2:8] "234567"
// [4:6] "45"
// Exit: 2
// Stderr: panic: runtime error: slice bounds out of range [6:4]
