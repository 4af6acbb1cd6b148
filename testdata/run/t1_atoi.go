// Exercises parsing integers from strings by hand: signs, bases, overflow detection and (value, ok) results.
package main

import "fmt"

func atoi(s string) (n int64, ok bool) {
	if len(s) == 0 {
		return 0, false
	}
	neg := false
	switch s[0] {
	case '-':
		neg = true
		fallthrough
	case '+':
		s = s[1:]
	}
	if s == "" {
		return 0, false
	}
	var u uint64
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		if u > (1<<63)/10 {
			return 0, false
		}
		u = u*10 + uint64(c-'0')
		if u > 1<<63 || (!neg && u == 1<<63) {
			return 0, false
		}
	}
	if neg {
		return -int64(u), true
	}
	return int64(u), true
}

func parseBase(s string, base uint64) (v uint64, err string) {
	for _, r := range s {
		var d uint64
		switch {
		case r >= '0' && r <= '9':
			d = uint64(r - '0')
		case r >= 'a' && r <= 'z':
			d = uint64(r-'a') + 10
		case r >= 'A' && r <= 'Z':
			d = uint64(r-'A') + 10
		default:
			return 0, "bad char " + string(r)
		}
		if d >= base {
			return 0, "digit out of range"
		}
		v = v*base + d
	}
	return
}

func show(v uint64, err string) { fmt.Printf("%d %q\n", v, err) }

func main() {
	inputs := [12]string{"0", "42", "-42", "+7", "", "-", "12a", "9223372036854775807",
		"9223372036854775808", "-9223372036854775808", "-9223372036854775809", "00012"}
	for _, s := range inputs {
		n, ok := atoi(s)
		fmt.Printf("%q -> %d %t\n", s, n, ok)
	}
	show(parseBase("ff", 16))
	show(parseBase("10101010", 2))
	show(parseBase("zz", 36))
	show(parseBase("19", 8))
	show(parseBase("12é", 10))
	show(parseBase("FFFFFFFFFFFFFFFF", 16))
}

// Output:
// "0" -> 0 true
// "42" -> 42 true
// "-42" -> -42 true
// "+7" -> 7 true
// "" -> 0 false
// "-" -> 0 false
// "12a" -> 0 false
// "9223372036854775807" -> 9223372036854775807 true
// "9223372036854775808" -> 0 false
// "-9223372036854775808" -> -9223372036854775808 true
// "-9223372036854775809" -> 0 false
// "00012" -> 12 true
// 255 ""
// 170 ""
// 1295 ""
// 0 "digit out of range"
// 0 "bad char é"
// 18446744073709551615 ""
