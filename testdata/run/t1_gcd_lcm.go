// Exercises gcd (Euclid recursive and iterative, binary gcd), lcm and extended Euclid with multiple results.
package main

import "fmt"

func gcdRec(a, b int) int {
	if b == 0 {
		return a
	}
	return gcdRec(b, a%b)
}

func gcdIter(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	if a < 0 {
		return -a
	}
	return a
}

func gcdBinary(a, b uint64) uint64 {
	if a == 0 {
		return b
	}
	if b == 0 {
		return a
	}
	shift := uint(0)
	for (a|b)&1 == 0 {
		a >>= 1
		b >>= 1
		shift++
	}
	for a&1 == 0 {
		a >>= 1
	}
	for b != 0 {
		for b&1 == 0 {
			b >>= 1
		}
		if a > b {
			a, b = b, a
		}
		b -= a
	}
	return a << shift
}

func lcm(a, b int) int { return a / gcdIter(a, b) * b }

func extGCD(a, b int) (g, x, y int) {
	if b == 0 {
		return a, 1, 0
	}
	g, x1, y1 := extGCD(b, a%b)
	return g, y1, x1 - (a/b)*y1
}

func main() {
	pairs := [6][2]int{{48, 18}, {17, 5}, {0, 9}, {270, 192}, {1071, 462}, {-24, 36}}
	for _, p := range pairs {
		a, b := p[0], p[1]
		g, x, y := extGCD(a, b)
		fmt.Println(a, b, gcdRec(a, b), gcdIter(a, b), gcdBinary(uint64(gcdIter(a, b)*7), uint64(gcdIter(a, b)*21)), g, x, y, a*x+b*y == g)
	}
	l := 1
	for i := 1; i <= 20; i++ {
		l = lcm(l, i)
	}
	fmt.Println("lcm(1..20) =", l)
	fmt.Println(gcdBinary(1<<40, 1<<35*3), gcdBinary(0, 0), gcdBinary(12345678910, 9876543210))
}

// Output:
// 48 18 6 6 42 6 -1 3 true
// 17 5 1 1 7 1 -2 7 true
// 0 9 9 9 63 9 0 1 true
// 270 192 6 6 42 6 5 -7 true
// 1071 462 21 21 147 21 -3 7 true
// -24 36 12 12 84 12 1 1 true
// lcm(1..20) = 232792560
// 34359738368 0 10
