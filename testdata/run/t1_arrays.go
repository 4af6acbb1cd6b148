// Exercises arrays: value semantics, comparison, multi-dimensional arrays, len and iteration.
package main

import "fmt"

const N = 5

type Matrix [3][3]int

func identity() Matrix {
	var m Matrix
	for i := 0; i < len(m); i++ {
		m[i][i] = 1
	}
	return m
}

func modify(a [N]int) [N]int {
	a[0] = 100 // modifies the copy
	return a
}

func sum(a [N]int) (t int) {
	for _, v := range a {
		t += v
	}
	return
}

func main() {
	var a [N]int
	for i := range a {
		a[i] = i * i
	}
	b := modify(a)
	fmt.Println(a, b, a == b, len(a))
	c := a
	c[1] = -1
	fmt.Println(a[1], c[1], a != c, sum(a))

	m := identity()
	m[0][2] = 7
	fmt.Println(m, len(m[0]))
	for _, row := range m {
		row[0] = 99 // row is a copy
	}
	fmt.Println(m[0][0], m[1][1])
	for i := range m {
		m[i][0] = 99
	}
	fmt.Println(m)

	grid := [2][3]string{{"a", "b", "c"}, {"d", "e", "f"}}
	for i, row := range grid {
		for j := range row {
			fmt.Print(grid[i][j])
		}
	}
	fmt.Println()

	p, q := [2]int{1, 2}, [2]int{2, 1}
	fmt.Println(p == [2]int{1, 2}, p == q)
	var bs [4]byte
	src := "hey"
	for i := 0; i < len(src); i++ {
		bs[i] = src[i]
	}
	fmt.Println(bs, string(rune(bs[0]))+string(rune(bs[2])))
	var zero [0]int
	fmt.Println(len(zero), zero)
	strs := [...]string{"x", "y"}
	fmt.Println(len(strs), strs == [2]string{"x", "y"})
	idx := 2
	fmt.Println(a[idx], a[N-1], [3]int{4, 5, 6}[idx])
}

// Output:
// [0 1 4 9 16] [100 1 4 9 16] false 5
// 1 -1 true 30
// [[1 0 7] [0 1 0] [0 0 1]] 3
// 1 1
// [[99 0 7] [99 1 0] [99 0 1]]
// abcdef
// true false
// [104 101 121 0] hy
// 0 []
// 2 true
// 4 16 6
