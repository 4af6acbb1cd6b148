// Exercises integer-to-string conversion by hand: any base, negatives, MinInt64, padding and digit grouping.
package main

import "fmt"

const digits = "0123456789abcdefghijklmnopqrstuvwxyz"

func utoa(u uint64, base uint64) string {
	if u == 0 {
		return "0"
	}
	s := ""
	for u > 0 {
		s = digits[u%base:u%base+1] + s
		u /= base
	}
	return s
}

func itoa(n int64, base int) string {
	if n < 0 {
		return "-" + utoa(uint64(-n), uint64(base)) // -MinInt64 wraps, but uint64 of it is right
	}
	return utoa(uint64(n), uint64(base))
}

func pad(s string, w int) string {
	for len(s) < w {
		s = "0" + s
	}
	return s
}

func group(n int64) string {
	s := itoa(n, 10)
	neg := s[0] == '-'
	if neg {
		s = s[1:]
	}
	out := ""
	for len(s) > 3 {
		out = "," + s[len(s)-3:] + out
		s = s[:len(s)-3]
	}
	out = s + out
	if neg {
		out = "-" + out
	}
	return out
}

func main() {
	vals := [7]int64{0, 7, -7, 255, 1000000, 9223372036854775807, -9223372036854775808}
	for _, v := range vals {
		fmt.Println(itoa(v, 10), itoa(v, 2), itoa(v, 16), itoa(v, 36), fmt.Sprint(v) == itoa(v, 10))
	}
	fmt.Println(utoa(18446744073709551615, 10), utoa(18446744073709551615, 8), utoa(1<<63, 2))
	fmt.Println(pad(itoa(42, 10), 6), pad(itoa(5, 2), 8), pad("123456", 3))
	fmt.Println(group(0), group(999), group(1000), group(-1234567), group(-9223372036854775808))
}

// Output:
// 0 0 0 0 true
// 7 111 7 7 true
// -7 -111 -7 -7 true
// 255 11111111 ff 73 true
// 1000000 11110100001001000000 f4240 lfls true
// 9223372036854775807 111111111111111111111111111111111111111111111111111111111111111 7fffffffffffffff 1y2p0ij32e8e7 true
// -9223372036854775808 -1000000000000000000000000000000000000000000000000000000000000000 -8000000000000000 -1y2p0ij32e8e8 true
// 18446744073709551615 1777777777777777777777 1000000000000000000000000000000000000000000000000000000000000000
// 000042 00000101 123456
// 0 999 1,000 -1,234,567 -9,223,372,036,854,775,808
