// Exercises arbitrary-precision decimal arithmetic on strings: addition, multiplication by a small int, and factorials.
package main

import "fmt"

func add(a, b string) string {
	out := ""
	carry := 0
	for i, j := len(a)-1, len(b)-1; i >= 0 || j >= 0 || carry > 0; i, j = i-1, j-1 {
		d := carry
		if i >= 0 {
			d += int(a[i] - '0')
		}
		if j >= 0 {
			d += int(b[j] - '0')
		}
		out = string(rune('0'+d%10)) + out
		carry = d / 10
	}
	return out
}

func mulSmall(a string, m int) string {
	if m == 0 {
		return "0"
	}
	out := ""
	carry := 0
	for i := len(a) - 1; i >= 0 || carry > 0; i-- {
		d := carry
		if i >= 0 {
			d += int(a[i]-'0') * m
		}
		out = string(rune('0'+d%10)) + out
		carry = d / 10
	}
	return out
}

func factorial(n int) string {
	f := "1"
	for i := 2; i <= n; i++ {
		f = mulSmall(f, i)
	}
	return f
}

func main() {
	fmt.Println(add("0", "0"), add("999", "1"), add("123456789", "987654321"))
	fmt.Println(add("18446744073709551615", "1"), add("9223372036854775807", "9223372036854775807"))
	fmt.Println(mulSmall("12345", 9), mulSmall("99", 0), mulSmall("18446744073709551615", 1000))
	fmt.Println(factorial(20), fmt.Sprint(uint64(2432902008176640000)) == factorial(20))
	fmt.Println(factorial(30))
	f := factorial(100)
	sum := 0
	for i := 0; i < len(f); i++ {
		sum += int(f[i] - '0')
	}
	fmt.Println(len(f), sum, f[:20])
	a, b := "0", "1"
	for i := 0; i < 150; i++ {
		a, b = b, add(a, b)
	}
	fmt.Println("fib(150) =", a)
}

// Output:
// 0 1000 1111111110
// 18446744073709551616 18446744073709551614
// 111105 0 18446744073709551615000
// 2432902008176640000 true
// 265252859812191058636308480000000
// 158 648 93326215443944152681
// fib(150) = 9969216677189303386214405760200
