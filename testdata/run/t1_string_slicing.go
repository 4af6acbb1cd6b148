// Exercises string slicing: edges s[0:0] and s[len(s):], omitted bounds, slices of slices, and cuts inside multi-byte runes.
package main

import "fmt"

func main() {
	s := "Hello, 世界!"
	n := len(s)
	fmt.Println(n, s[:5], s[7:], s[7:10], s[n-1:], s[:])
	fmt.Printf("%q %q %q %q\n", s[0:0], s[n:], s[n:n], s[3:3])
	fmt.Printf("%q %q %q\n", s[7:8], s[8:10], s[7:9])
	i, j := 2, 4
	fmt.Println(s[i:j], s[i:], s[:j], s[i:i+1], s[j-1:j])
	t := s[2:10]
	fmt.Printf("%q %q %q %d\n", t, t[1:3], t[5:], len(t[5:]))
	u := t[1:][1:][1:]
	fmt.Println(u, len(u))

	// every prefix and suffix
	w := "abcd"
	for k := 0; k <= len(w); k++ {
		fmt.Printf("[%s|%s]", w[:k], w[k:])
	}
	fmt.Println()
	// substrings of length 2
	for k := 0; k+2 <= len(w); k++ {
		fmt.Print(w[k:k+2], " ")
	}
	fmt.Println("|")
	const c = "constant"
	fmt.Println(c[3:], c[:3], len(c[2:6]))
	// slicing yields a string that compares like any other
	fmt.Println(s[7:10] == "世", s[:5] < s[7:], s[0:1] == "H")
	var e string
	fmt.Printf("%q %d\n", e[0:0], len(e[:]))
	k := 0
	for k < len(s) && s[k] != ',' {
		k++
	}
	fmt.Printf("%q %q\n", s[:k], s[k+2:])
}

// Output:
// 14 Hello 世界! 世 ! Hello, 世界!
// "" "" "" ""
// "\xe4" "\xb8\x96" "\xe4\xb8"
// ll llo, 世界! Hell l l
// "llo, 世" "lo" "世" 3
// , 世 5
// [|abcd][a|bcd][ab|cd][abc|d][abcd|]
// ab bc cd |
// stant con 4
// true true true
// "" 0
// "Hello" "世界!"
