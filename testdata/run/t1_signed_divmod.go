// Exercises signed division and remainder with negative operands at several widths, and the identity (a/b)*b + a%b == a.
package main

import "fmt"

func check(a, b int) bool { return (a/b)*b+a%b == a }

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

func floorMod(a, b int) int {
	m := a % b
	if m != 0 && (m < 0) != (b < 0) {
		m += b
	}
	return m
}

func main() {
	pairs := [8][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {1, 3}, {-1, 3}, {0, -5}, {-9, 9}}
	for _, p := range pairs {
		a, b := p[0], p[1]
		fmt.Println(a, b, a/b, a%b, floorDiv(a, b), floorMod(a, b), check(a, b))
	}
	var a8, b8 int8 = -100, 7
	var a16, b16 int16 = -30000, -7
	var a32, b32 int32 = 2000000001, -3
	var a64, b64 int64 = -9000000000000000001, 1000
	fmt.Println(a8/b8, a8%b8, -a8/b8, a8%-b8)
	fmt.Println(a16/b16, a16%b16, a16/-b16, -a16%b16)
	fmt.Println(a32/b32, a32%b32, -a32/b32, a32%-b32)
	fmt.Println(a64/b64, a64%b64, a64/-b64, a64%-b64)

	// unsigned division of the same bit patterns differs
	fmt.Println(uint8(a8)/uint8(b8), uint8(a8)%uint8(b8), uint32(a32)/uint32(b32))

	// division by powers of two is not a shift for negative numbers
	for _, n := range [5]int{-1, -7, -8, -9, 9} {
		fmt.Println(n, n/4, n>>2, n%4, n&3)
	}

	// op-assignment forms
	x := -100
	x /= 3
	y := -100
	y %= 3
	z := 100
	z %= -3
	fmt.Println(x, y, z)
}

// Output:
// 7 2 3 1 3 1 true
// -7 2 -3 -1 -4 1 true
// 7 -2 -3 1 -4 -1 true
// -7 -2 3 -1 3 -1 true
// 1 3 0 1 0 1 true
// -1 3 0 -1 -1 2 true
// 0 -5 0 0 0 0 true
// -9 9 -1 0 -1 0 true
// -14 -2 14 -2
// 4285 -5 -4285 5
// -666666667 0 666666667 0
// -9000000000000000 -1 9000000000000000 -1
// 22 2 0
// -1 0 -1 -1 3
// -7 -1 -2 -3 1
// -8 -2 -2 0 0
// -9 -2 -3 -1 3
// 9 2 2 1 1
// -33 -1 1
