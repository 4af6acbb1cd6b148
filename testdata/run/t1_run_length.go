// Exercises run-length encoding and decoding of strings with counts parsed and formatted by hand.
package main

import "fmt"

func encode(s string) string {
	out := ""
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && s[j] == s[i] {
			j++
		}
		out += fmt.Sprint(j-i) + s[i:i+1]
		i = j
	}
	return out
}

func decode(s string) (out string, ok bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= '0' && c <= '9' {
			n = n*10 + int(c-'0')
			continue
		}
		if n == 0 {
			return out, false
		}
		for ; n > 0; n-- {
			out += string(rune(c))
		}
	}
	return out, n == 0
}

func main() {
	inputs := [5]string{"", "a", "aaabccddddd", "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc"}
	for _, s := range inputs {
		e := encode(s)
		d, ok := decode(e)
		fmt.Printf("%q %q %v %d->%d\n", e, d, ok && d == s, len(s), len(e))
	}
	for _, s := range [4]string{"3x2y", "x", "12", "10a1b"} {
		d, ok := decode(s)
		fmt.Printf("%q %q %t\n", s, d, ok)
	}
}

// Output:
// "" "" true 0->0
// "1a" "a" true 1->2
// "3a1b2c5d" "aaabccddddd" true 11->8
// "12W1B12W3B24W1B14W" "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW" true 67->18
// "1a1b1c" "abc" true 3->6
// "3x2y" "xxxyy" true
// "x" "" false
// "12" "" false
// "10a1b" "aaaaaaaaaab" true
