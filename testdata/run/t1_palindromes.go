// Exercises palindrome checks on strings (ASCII, ignoring case and punctuation, by runes) and on numbers.
package main

import "fmt"

func isPal(s string) bool {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		if s[i] != s[j] {
			return false
		}
	}
	return true
}

func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		c += 'a' - 'A'
	}
	return c
}

func isLetter(c byte) bool { c = lower(c); return c >= 'a' && c <= 'z' }

func isPalLoose(s string) bool {
	i, j := 0, len(s)-1
	for i < j {
		switch {
		case !isLetter(s[i]):
			i++
		case !isLetter(s[j]):
			j--
		case lower(s[i]) != lower(s[j]):
			return false
		default:
			i, j = i+1, j-1
		}
	}
	return true
}

func isPalRunes(s string) bool {
	rev := ""
	for _, r := range s {
		rev = string(r) + rev
	}
	return rev == s
}

func isPalNum(n int) bool {
	rev, m := 0, n
	for m > 0 {
		rev = rev*10 + m%10
		m /= 10
	}
	return n >= 0 && rev == n
}

func main() {
	fmt.Println(isPal(""), isPal("x"), isPal("abba"), isPal("abca"), isPal("racecar"), isPal("Racecar"))
	fmt.Println(isPalLoose("A man, a plan, a canal: Panama!"), isPalLoose("No 'x' in Nixon"), isPalLoose("hello"))
	fmt.Println(isPalRunes("日本日"), isPal("日本日"), isPalRunes("été"), isPal("été"))
	count := 0
	for n := 0; n < 1000; n++ {
		if isPalNum(n) {
			count++
		}
	}
	fmt.Println(count, isPalNum(12321), isPalNum(-121), isPalNum(1234567654321))
	largest := 0
	for a := 900; a < 1000; a++ {
		for b := a; b < 1000; b++ {
			if p := a * b; p > largest && isPalNum(p) {
				largest = p
			}
		}
	}
	fmt.Println("largest product palindrome:", largest)
}

// Output:
// true true true false true false
// true true false
// true false true false
// 109 true false true
// largest product palindrome: 906609
