// Leaving SSA: the swap problem.  In the loop, a and b are two Phis whose
// arguments are each other (a, b = b, a).  Copying them one after the other
// at the end of the loop body would lose one value; the back end must
// treat the copies as one parallel copy and break the cycle.  The three-way
// rotation and the swap inside a swap make longer cycles.
package main

import "fmt"

func swaps(n int) (int, int) {
	a, b := 1, 2
	for i := 0; i < n; i++ {
		a, b = b, a
	}
	return a, b
}

func rotate(n int) (int, int, int) {
	x, y, z := 1, 2, 3
	for i := 0; i < n; i++ {
		x, y, z = y, z, x
	}
	return x, y, z
}

func fibPairs(n int) int {
	a, b := 0, 1
	for i := 0; i < n; i++ {
		a, b = b, a+b
	}
	return a
}

func mixed(n int) (int, int, int, int) {
	p, q, r, s := 1, 2, 3, 4
	for i := 0; i < n; i++ {
		p, q = q, p
		r, s = s+p, r
	}
	return p, q, r, s
}

func main() {
	for n := 0; n < 4; n++ {
		a, b := swaps(n)
		x, y, z := rotate(n)
		fmt.Println(n, a, b, x, y, z, fibPairs(n+10))
		fmt.Println(mixed(n))
	}
}

// Output:
// 0 1 2 1 2 3 55
// 1 2 3 4
// 1 2 1 2 3 1 89
// 2 1 6 3
// 2 1 2 3 1 2 144
// 1 2 4 6
// 3 2 1 1 2 3 233
// 2 1 8 4
