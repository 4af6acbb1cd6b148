// Matrix arithmetic on [][]int: multiply, identity, power by squaring, with a named matrix type and methods.
package main

import "fmt"

type Matrix [][]int

func newMatrix(n int) Matrix {
	m := make(Matrix, n)
	for i := range m {
		m[i] = make([]int, n)
	}
	return m
}

func identity(n int) Matrix {
	m := newMatrix(n)
	for i := 0; i < n; i++ {
		m[i][i] = 1
	}
	return m
}

func (a Matrix) Mul(b Matrix, mod int) Matrix {
	n := len(a)
	c := newMatrix(n)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			s := 0
			for k := 0; k < n; k++ {
				s = (s + a[i][k]*b[k][j]) % mod
			}
			c[i][j] = s
		}
	}
	return c
}

func (a Matrix) Pow(e, mod int) Matrix {
	r := identity(len(a))
	for e > 0 {
		if e&1 == 1 {
			r = r.Mul(a, mod)
		}
		a = a.Mul(a, mod)
		e >>= 1
	}
	return r
}

func main() {
	fib := Matrix{{1, 1}, {1, 0}}
	for _, n := range []int{1, 2, 10, 50, 90} {
		fmt.Println(n, fib.Pow(n, 1<<62)[0][1])
	}
	fmt.Println(fib.Pow(1000000, 1000000007)[0][1])

	m := newMatrix(3)
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			m[i][j] = i*3 + j + 1
		}
	}
	fmt.Println(m.Mul(m, 1000))
	fmt.Println(m.Mul(identity(3), 1000))
	fmt.Println(m.Pow(5, 1000000007))
}

// Output:
// 1 1
// 2 1
// 10 55
// 50 12586269025
// 90 2880067194370816120
// 918091266
// [[30 36 42] [66 81 96] [102 126 150]]
// [[1 2 3] [4 5 6] [7 8 9]]
// [[121824 149688 177552] [275886 338985 402084] [429948 528282 626616]]
