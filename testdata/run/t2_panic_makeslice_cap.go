// make([]T, len, cap) with len > cap held in variables panics: makeslice: cap out of range.
package main

import "fmt"

func main() {
	l, c := 4, 8
	s := make([]byte, l, c)
	fmt.Println(len(s), cap(s))
	for i := range s {
		s[i] = byte('a' + i)
	}
	s = append(s, "xyz"...)
	fmt.Println(string(s), len(s), cap(s))
	u := make([]byte, c, c)
	fmt.Println(len(u), cap(u))
	defer fmt.Println("deferred", len(u))
	l = 10
	fmt.Println("len", l, "cap", c)
	t := make([]byte, l, c)
	fmt.Println(len(t))
}

// Output:
// 4 8
// abcdxyz 7 8
// 8 8
// len 10 cap 8
// deferred 8
// Exit: 2
// Stderr: panic: runtime error: makeslice: cap out of range
