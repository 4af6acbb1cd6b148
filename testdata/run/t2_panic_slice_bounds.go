// Slicing s[a:b] with b beyond cap panics: slice bounds out of range [:b] with capacity c.
package main

import "fmt"

func window(s []byte, a, b int) string {
	return string(s[a:b])
}

func main() {
	data := []byte("abcdefgh")
	fmt.Println(window(data, 0, 3), window(data, 2, 8))
	sub := data[:4]
	fmt.Println(window(sub, 1, 6), len(sub), cap(sub)) // fine: up to cap
	for i := 0; i <= len(data); i += 4 {
		fmt.Println(i, "["+window(data, i, len(data))+"]")
	}
	lo, hi := 3, 12
	fmt.Println("slicing", lo, hi)
	fmt.Println(window(data, lo, hi))
}

// Output:
// abc cdefgh
// bcdef 4 8
// 0 [abcdefgh]
// 4 [efgh]
// 8 []
// slicing 3 12
// Exit: 2
// Stderr: panic: runtime error: slice bounds out of range [:12] with capacity 8
