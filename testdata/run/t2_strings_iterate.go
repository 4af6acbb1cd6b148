// Strings: indexing bytes, slicing, concatenation in loops, comparison, building from bytes.
package main

import "fmt"

func isPalindrome(s string) bool {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		if s[i] != s[j] {
			return false
		}
	}
	return true
}

func caesar(s string, k int) string {
	b := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' {
			c = 'a' + byte((int(c-'a')+k)%26)
		}
		b[i] = c
	}
	return string(b)
}

func main() {
	words := []string{"level", "gopher", "racecar", "", "ab"}
	for _, w := range words {
		fmt.Printf("%q %v\n", w, isPalindrome(w))
	}
	enc := caesar("hello, world", 3)
	fmt.Println(enc, caesar(enc, 23))

	acc := ""
	for i := 0; i < 10; i++ {
		acc += string(rune('a' + i))
	}
	fmt.Println(acc, len(acc))

	fmt.Println("abc" < "abd", "ab" < "abc", "b" > "abc", "x" == "x", "" < "a")
	s := "Hello"
	fmt.Println(s[0], s[len(s)-1], s[1:3], s[:0] == "")
	counts := [26]int{}
	for _, c := range "the quick brown fox jumps over the lazy dog" {
		if c >= 'a' && c <= 'z' {
			counts[c-'a']++
		}
	}
	fmt.Println(counts)
	h := uint32(2166136261)
	for i := 0; i < len(acc); i++ {
		h ^= uint32(acc[i])
		h *= 16777619
	}
	fmt.Println(h)
}

// Output:
// "level" true
// "gopher" false
// "racecar" true
// "" true
// "ab" false
// khoor, zruog hello, world
// abcdefghij 10
// true true true true true
// 72 111 el true
// [1 1 1 1 3 1 1 2 1 1 1 1 1 1 4 1 1 2 1 2 2 1 1 1 1 1]
// 3169328882
