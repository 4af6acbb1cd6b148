// Exercises hand-written UTF-8 encoding and decoding with bit operations, checked against range and string(rune).
package main

import "fmt"

func encode(r rune) (b [4]byte, n int) {
	switch {
	case r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF):
		return encode(0xFFFD)
	case r < 0x80:
		b[0], n = byte(r), 1
	case r < 0x800:
		b[0], b[1], n = 0xC0|byte(r>>6), 0x80|byte(r)&0x3F, 2
	case r < 0x10000:
		b[0], b[1], b[2], n = 0xE0|byte(r>>12), 0x80|byte(r>>6)&0x3F, 0x80|byte(r)&0x3F, 3
	default:
		b[0], b[1], b[2], b[3] = 0xF0|byte(r>>18), 0x80|byte(r>>12)&0x3F, 0x80|byte(r>>6)&0x3F, 0x80|byte(r)&0x3F
		n = 4
	}
	return
}

func matches(b [4]byte, n int, s string) bool {
	if len(s) != n {
		return false
	}
	for i := 0; i < n; i++ {
		if s[i] != b[i] {
			return false
		}
	}
	return true
}

func decode(s string, i int) (r rune, size int) {
	c := s[i]
	switch {
	case c < 0x80:
		return rune(c), 1
	case c&0xE0 == 0xC0 && i+1 < len(s):
		return rune(c&0x1F)<<6 | rune(s[i+1]&0x3F), 2
	case c&0xF0 == 0xE0 && i+2 < len(s):
		return rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F), 3
	case c&0xF8 == 0xF0 && i+3 < len(s):
		return rune(c&0x07)<<18 | rune(s[i+1]&0x3F)<<12 | rune(s[i+2]&0x3F)<<6 | rune(s[i+3]&0x3F), 4
	}
	return 0xFFFD, 1
}

func main() {
	for _, r := range [8]rune{'A', 0x7f, 'é', '€', '日', 0x1F600, -1, 0xD800} {
		b, n := encode(r)
		fmt.Printf("%U %d %x % x %v\n", r, n, b, b, matches(b, n, string(r)))
	}
	s := "añ€𝄞"
	for i := 0; i < len(s); {
		r, n := decode(s, i)
		fmt.Printf("%d %U %d %c\n", i, r, n, r)
		i += n
	}
	j, agree := 0, true
	for i, r := range s {
		d, n := decode(s, i)
		agree = agree && d == r && i == j
		j += n
	}
	fmt.Println(agree, j == len(s))
}

// Output:
// U+0041 1 41000000 41 00 00 00 true
// U+007F 1 7f000000 7f 00 00 00 true
// U+00E9 2 c3a90000 c3 a9 00 00 true
// U+20AC 3 e282ac00 e2 82 ac 00 true
// U+65E5 3 e697a500 e6 97 a5 00 true
// U+1F600 4 f09f9880 f0 9f 98 80 true
// U+FFFFFFFFFFFFFFFF 3 efbfbd00 ef bf bd 00 true
// U+D800 3 efbfbd00 ef bf bd 00 true
// 0 U+0061 1 a
// 1 U+00F1 2 ñ
// 3 U+20AC 3 €
// 6 U+1D11E 4 𝄞
// true true
