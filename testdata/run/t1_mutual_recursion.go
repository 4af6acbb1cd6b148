// Exercises mutual recursion: isEven/isOdd, Hofstadter sequences and a recursive-descent evaluator (expr, term, factor).
package main

import "fmt"

func isEven(n uint) bool { return n == 0 || isOdd(n-1) }

func isOdd(n uint) bool { return n != 0 && isEven(n-1) }

func hofF(n int) int { // Hofstadter female and male sequences
	if n == 0 {
		return 1
	}
	return n - hofM(hofF(n-1))
}

func hofM(n int) int {
	if n == 0 {
		return 0
	}
	return n - hofF(hofM(n-1))
}

func expr(s string, i int) (int, int) {
	v, i := term(s, i)
	for i < len(s) && (s[i] == '+' || s[i] == '-') {
		op, w := s[i], 0
		if w, i = term(s, i+1); op == '+' {
			v += w
		} else {
			v -= w
		}
	}
	return v, i
}

func term(s string, i int) (int, int) {
	v, i := factor(s, i)
	for i < len(s) && (s[i] == '*' || s[i] == '/' || s[i] == '%') {
		op, w := s[i], 0
		switch w, i = factor(s, i+1); op {
		case '*':
			v *= w
		case '/':
			v /= w
		default:
			v %= w
		}
	}
	return v, i
}

func factor(s string, i int) (int, int) {
	if s[i] == '(' {
		v, j := expr(s, i+1)
		return v, j + 1 // skip ')'
	}
	if s[i] == '-' {
		v, j := factor(s, i+1)
		return -v, j
	}
	v := 0
	for ; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
		v = v*10 + int(s[i]-'0')
	}
	return v, i
}

func main() {
	fmt.Println(isEven(10), isOdd(10), isEven(7), isOdd(7), isEven(0), isOdd(1001))
	for n := 0; n < 15; n++ {
		fmt.Print(" ", hofF(n), "/", hofM(n))
	}
	fmt.Println()
	for _, e := range [6]string{"1+2*3", "(1+2)*3", "100/7%4", "-(2+3)*-4", "2*(3+(4-1))*2", "-7/2"} {
		v, n := expr(e, 0)
		fmt.Println(e, "=", v, n == len(e))
	}
}

// Output:
// true false false true true true
//  1/0 1/0 2/1 2/2 3/2 3/3 4/4 5/4 5/5 6/6 6/6 7/7 8/7 8/8 9/9
// 1+2*3 = 7 true
// (1+2)*3 = 9 true
// 100/7%4 = 2 true
// -(2+3)*-4 = 20 true
// 2*(3+(4-1))*2 = 24 true
// -7/2 = -3 true
