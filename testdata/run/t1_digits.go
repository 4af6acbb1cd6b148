// Exercises digit manipulation: digit sums, digital roots, reversing numbers, Armstrong numbers and digit counts.
package main

import "fmt"

func digitSum(n int) (s int) {
	if n < 0 {
		n = -n
	}
	for ; n > 0; n /= 10 {
		s += n % 10
	}
	return
}

func digitalRoot(n int) int {
	for n >= 10 {
		n = digitSum(n)
	}
	return n
}

func reverseNum(n int64) int64 {
	var r int64
	for n != 0 {
		r = r*10 + n%10 // works for negatives: remainders are negative too
		n /= 10
	}
	return r
}

func numDigits(n uint64) int {
	if n == 0 {
		return 1
	}
	c := 0
	for n > 0 {
		n /= 10
		c++
	}
	return c
}

func isArmstrong(n int) bool {
	k := numDigits(uint64(n))
	sum := 0
	for m := n; m > 0; m /= 10 {
		d, p := m%10, 1
		for i := 0; i < k; i++ {
			p *= d
		}
		sum += p
	}
	return sum == n
}

func main() {
	fmt.Println(digitSum(0), digitSum(12345), digitSum(-9999), digitSum(9223372036854775807))
	fmt.Println(digitalRoot(0), digitalRoot(38), digitalRoot(999999999), digitalRoot(123456789))
	fmt.Println(reverseNum(12345), reverseNum(-120), reverseNum(1000000000000000009), reverseNum(7))
	fmt.Println(numDigits(0), numDigits(9), numDigits(10), numDigits(18446744073709551615))
	for n := 1; n < 10000; n++ {
		if isArmstrong(n) && n > 9 {
			fmt.Print(" ", n)
		}
	}
	fmt.Println()
	var hist [10]int
	for n := 1; n <= 1000; n++ {
		for m := n; m > 0; m /= 10 {
			hist[m%10]++
		}
	}
	fmt.Println(hist)
}

// Output:
// 0 15 36 88
// 0 2 9 9
// 54321 -21 9000000000000000001 7
// 1 1 2 20
//  153 370 371 407 1634 8208 9474
// [192 301 300 300 300 300 300 300 300 300]
