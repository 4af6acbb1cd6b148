// Exercises multiple assignment, swaps, := redeclaration, blank identifier and named results.
package main

import "fmt"

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func minmax(xs [4]int) (lo, hi int) {
	lo, hi = xs[0], xs[0]
	for _, x := range xs {
		if x < lo {
			lo = x
		}
		if x > hi {
			hi = x
		}
	}
	return
}

func named() (s string, n int, ok bool) {
	s = "set"
	return // bare return of s, n (0) and ok (false)
}

func pass() (int, int) { return divmod(17, 5) }

func main() {
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	x, y, z := 1, 2, 3
	x, y, z = z, x, y
	fmt.Println(x, y, z)

	q, r := divmod(17, 5)
	q, s := divmod(23, 4) // redeclares s only, reassigns q
	fmt.Println(q, r, s)
	_, only := divmod(9, 2)
	_ = only
	fmt.Println(only)
	lo, hi := minmax([4]int{4, -2, 9, 0})
	fmt.Println(lo, hi)
	fmt.Println(named())
	fmt.Println(pass())

	arr := [3]int{10, 20, 30}
	i := 0
	i, arr[i] = 1, 99 // index expression evaluated before assignment
	fmt.Println(i, arr)
	arr[0], arr[2] = arr[2], arr[0]
	fmt.Println(arr)
	var (
		m, n int = 5, 6
		o        = "o"
	)
	var p, w = divmod(m*n, 7)
	fmt.Println(m, n, o, p, w)
	var _ = 5
	_, _ = p, w
	{
		a := "shadow"
		fmt.Println(a)
	}
	fmt.Println(a)
}

// Output:
// 2 1
// 3 1 2
// 5 2 3
// 1
// -2 9
// set 0 false
// 3 2
// 1 [99 20 30]
// [30 20 99]
// 5 6 o 4 2
// shadow
// 2
