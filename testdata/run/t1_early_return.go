// Exercises early returns from loops, nested ifs and switches, guard clauses, and returns of multiple values midway.
package main

import "fmt"

func indexOf(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

func firstRepeat(a [8]int) (int, int, bool) {
	for i := 0; i < len(a); i++ {
		for j := 0; j < i; j++ {
			if a[i] == a[j] {
				return j, i, true
			}
		}
	}
	return 0, 0, false
}

func safeDiv(a, b int) (q int, msg string) {
	if b == 0 {
		msg = "division by zero"
		return
	}
	if a%b != 0 {
		return a / b, "inexact"
	}
	q = a / b
	return q, "ok"
}

func describe(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	}
	if n%2 == 0 {
		if n > 100 {
			return "big even"
		}
		return "even"
	}
	for d := 3; d*d <= n; d += 2 {
		if n%d == 0 {
			return fmt.Sprint("odd, divisible by ", d)
		}
	}
	return "odd prime or one"
}

func main() {
	fmt.Println(indexOf("hello", 'l'), indexOf("hello", 'z'), indexOf("", 'a'))
	fmt.Println(firstRepeat([8]int{1, 2, 3, 4, 5, 3, 2, 1}))
	fmt.Println(firstRepeat([8]int{1, 2, 3, 4, 5, 6, 7, 8}))
	fmt.Println(safeDiv(10, 0))
	fmt.Println(safeDiv(10, 3))
	fmt.Println(safeDiv(-12, 4))
	for _, n := range [7]int{-5, 0, 8, 200, 9, 13, 1} {
		fmt.Println(n, describe(n))
	}
}

// Output:
// 2 -1 -1
// 2 5 true
// 0 0 false
// 0 division by zero
// 3 inexact
// -3 ok
// -5 negative
// 0 zero
// 8 even
// 200 big even
// 9 odd, divisible by 3
// 13 odd prime or one
// 1 odd prime or one
