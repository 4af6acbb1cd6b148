// Exercises conversion to and from Roman numerals with parallel arrays of values and symbols, checked by round trip.
package main

import "fmt"

var values = [13]int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
var symbols = [13]string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}

func toRoman(n int) (s string) {
	for i := 0; n > 0; {
		if n >= values[i] {
			s += symbols[i]
			n -= values[i]
		} else {
			i++
		}
	}
	return
}

func value(c byte) int {
	switch c {
	case 'I':
		return 1
	case 'V':
		return 5
	case 'X':
		return 10
	case 'L':
		return 50
	case 'C':
		return 100
	case 'D':
		return 500
	case 'M':
		return 1000
	}
	return 0
}

func fromRoman(s string) int {
	total := 0
	for i := 0; i < len(s); i++ {
		v := value(s[i])
		if i+1 < len(s) && v < value(s[i+1]) {
			total -= v
		} else {
			total += v
		}
	}
	return total
}

func main() {
	for _, n := range [10]int{1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999} {
		r := toRoman(n)
		fmt.Printf("%4d %-12s %d\n", n, r, fromRoman(r))
	}
	ok, longest, at := true, "", 0
	for n := 1; n < 4000; n++ {
		r := toRoman(n)
		if fromRoman(r) != n {
			ok = false
		}
		if len(r) > len(longest) {
			longest, at = r, n
		}
	}
	fmt.Println(ok, longest, at, fromRoman("MMXXIV"), fromRoman(""))
}

// Output:
//    1 I            1
//    4 IV           4
//    9 IX           9
//   14 XIV          14
//   40 XL           40
//   90 XC           90
//  400 CD           400
// 1994 MCMXCIV      1994
// 2024 MMXXIV       2024
// 3999 MMMCMXCIX    3999
// true MMMDCCCLXXXVIII 3888 2024 0
