// Exercises conversion between number bases, hex dumps of strings and checking results against fmt's %b %o %x.
package main

import "fmt"

func toBase(n uint64, b uint64) (s string) {
	const dig = "0123456789ABCDEF"
	for {
		s = string(rune(dig[n%b])) + s
		n /= b
		if n == 0 {
			return
		}
	}
}

func fromBase(s string, b uint64) (n uint64) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		var d byte
		if c >= 'A' {
			d = c - 'A' + 10
		} else {
			d = c - '0'
		}
		n = n*b + uint64(d)
	}
	return
}

func hexdump(s string) (out string) {
	const hx = "0123456789abcdef"
	for i := 0; i < len(s); i++ {
		if i > 0 {
			out += " "
		}
		out += hx[s[i]>>4:s[i]>>4+1] + hx[s[i]&15:s[i]&15+1]
	}
	return
}

func main() {
	for _, n := range [6]uint64{0, 5, 255, 4096, 1234567890, 18446744073709551615} {
		b2, b8, b16 := toBase(n, 2), toBase(n, 8), toBase(n, 16)
		ok := b2 == fmt.Sprintf("%b", n) && b8 == fmt.Sprintf("%o", n) && b16 == fmt.Sprintf("%X", n)
		fmt.Println(n, toBase(n, 3), b8, b16, ok, fromBase(b16, 16) == n, fromBase(toBase(n, 7), 7) == n)
	}
	fmt.Println(hexdump("Go\x00\xffé"))
	fmt.Println(fromBase("777", 8), fromBase("11111111", 2), fromBase("DEAD", 16), fromBase("ZZ", 36))
}

// Output:
// 0 0 0 0 true true true
// 5 12 5 5 true true true
// 255 100110 377 FF true true true
// 4096 12121201 10000 1000 true true true
// 1234567890 10012001001112202200 11145401322 499602D2 true true true
// 18446744073709551615 11112220022122120101211020120210210211220 1777777777777777777777 FFFFFFFFFFFFFFFF true true true
// 47 6f 00 ff c3 a9
// 511 255 57005 1295
