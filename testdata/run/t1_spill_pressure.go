// More live values than registers: the allocator spills some to the
// stack, on both targets, inside a loop and across calls.
package main

import "fmt"

func id(x int) int { return x }

func pressure(n int) int {
	a, b, c, d, e, f, g, h := 1, 2, 3, 4, 5, 6, 7, 8
	i, j, k, l, m, o, p, q := 9, 10, 11, 12, 13, 14, 15, 16
	r, s, t, u, v, w, x, y := 17, 18, 19, 20, 21, 22, 23, 24
	for z := 0; z < n; z++ {
		a, b, c, d, e, f, g, h = b+1, c, d, e, f, g, h, a
		i, j, k, l, m, o, p, q = j, k+id(z), l, m, o, p, q, i
		r, s, t, u, v, w, x, y = s, t, u, v+z, w, x, y, r
	}
	return a + 2*b + 3*c + 4*d + 5*e + 6*f + 7*g + 8*h +
		9*i + 10*j + 11*k + 12*l + 13*m + 14*o + 15*p + 16*q +
		17*r + 18*s + 19*t + 20*u + 21*v + 22*w + 23*x + 24*y
}

func main() {
	for n := 0; n < 12; n += 3 {
		fmt.Println(n, pressure(n))
	}
}

// Output:
// 0 4900
// 3 4824
// 6 5253
// 9 6013
