// Exercises rune and byte arithmetic: case changes, digit values, character classes and mixed conversions.
package main

import "fmt"

func upper(c byte) byte {
	if c >= 'a' && c <= 'z' {
		return c - 'a' + 'A'
	}
	return c
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func hexVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

func main() {
	s := "Hello, Wörld 42!"
	out := ""
	for i := 0; i < len(s); i++ {
		if s[i] < 0x80 {
			out += string(rune(upper(s[i])))
		} else {
			out += s[i : i+1] // bytes of a multi-byte character, kept as they are
		}
	}
	fmt.Println(out)
	digits := 0
	for _, r := range s {
		if isDigit(r) {
			digits = digits*10 + int(r-'0')
		}
	}
	fmt.Println(digits)

	fmt.Println('a'+1, 'z'-'a', 'A'^' ', 'a'&^' ', '0'+7)
	var r rune = 'ö'
	fmt.Println(r, r+1, string(r+1), r-'o', r>>4, r&0xff)
	var b byte = 'y'
	b += 2
	fmt.Println(b, string(rune(b)), b-'a', 'a'+b)
	var c byte = 255
	c++
	fmt.Println(c, byte('A'+25), rune(b)*1000)
	fmt.Println(hexVal('7'), hexVal('c'), hexVal('F'), hexVal('g'))
	hex := "DeadBeef"
	v := 0
	for i := 0; i < len(hex); i++ {
		v = v<<4 | hexVal(hex[i])
	}
	fmt.Println(v)
	for ch := 'a'; ch < 'a'+26; ch += 5 {
		fmt.Print(string(ch), string(ch-32))
	}
	fmt.Println()
	fmt.Printf("%T %T %T %T\n", 'a'+1, b+1, r*2, s[0]+'a')
}

// Output:
// HELLO, WöRLD 42!
// 42
// 98 25 97 65 55
// 246 247 ÷ 135 15 246
// 123 { 26 220
// 0 90 123000
// 7 12 15 -1
// 3735928559
// aAfFkKpPuUzZ
// int32 uint8 int32 uint8
