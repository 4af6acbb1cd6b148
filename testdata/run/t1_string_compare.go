// Exercises string comparison: byte-wise lexicographic order, prefixes, case, multi-byte strings and equality of slices.
package main

import "fmt"

func cmp(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func hasPrefix(s, p string) bool { return len(s) >= len(p) && s[:len(p)] == p }

func hasSuffix(s, p string) bool { return len(s) >= len(p) && s[len(s)-len(p):] == p }

func main() {
	pairs := [10][2]string{
		{"", ""}, {"", "a"}, {"a", "b"}, {"ab", "a"}, {"abc", "abd"},
		{"Z", "a"}, {"é", "z"}, {"日本", "日本語"}, {"\x00", ""}, {"\xff", "\u00ff"},
	}
	for _, p := range pairs {
		a, b := p[0], p[1]
		fmt.Println(cmp(a, b), a == b, a != b, a < b, a <= b, a > b, a >= b)
	}
	fmt.Println(hasPrefix("gosub", "go"), hasPrefix("go", "gosub"), hasPrefix("x", ""))
	fmt.Println(hasSuffix("main.go", ".go"), hasSuffix("main.c", ".go"), hasSuffix("", ""))
	s := "banana"
	fmt.Println(s[1:3] == s[3:5], s[0:2] == "ba", s[:0] == s[6:], s[1:4] < s[2:5])

	// find the minimum and maximum of an array of strings
	words := [6]string{"pear", "Apple", "apple", "fig", "äpfel", "Zebra"}
	lo, hi := words[0], words[0]
	for _, w := range words {
		if w < lo {
			lo = w
		}
		if w > hi {
			hi = w
		}
	}
	fmt.Println(lo, hi)
	x := "abc"
	y := "ab"
	y += "c"
	fmt.Println(x == y, x < y+"\x00", "a" < "a\x00")
}

// Output:
// 0 true false false true false true
// -1 false true true true false false
// -1 false true true true false false
// 1 false true false false true true
// -1 false true true true false false
// -1 false true true true false false
// 1 false true false false true true
// -1 false true true true false false
// 1 false true false false true true
// 1 false true false false true true
// true false true
// true false true
// true true true true
// Apple äpfel
// true true true
