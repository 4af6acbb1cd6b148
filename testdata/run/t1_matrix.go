// Exercises nested arrays [3][4]int: multiplication, transpose, identity, row/column sums and value copies.
package main

import "fmt"

func transpose(m [3][4]int) (t [4][3]int) {
	for i := 0; i < 3; i++ {
		for j := 0; j < 4; j++ {
			t[j][i] = m[i][j]
		}
	}
	return
}

func mul(a [3][4]int, b [4][3]int) (c [3][3]int) {
	for i := range c {
		for j := range c[i] {
			for k := 0; k < 4; k++ {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return
}

func trace(m [3][3]int) int { return m[0][0] + m[1][1] + m[2][2] }

func main() {
	m := [3][4]int{{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}}
	t := transpose(m)
	fmt.Println(m)
	fmt.Println(t)
	p := mul(m, t)
	fmt.Println(p, trace(p))

	var id [4][3]int
	for i := 0; i < 3; i++ {
		id[i][i] = 1
	}
	fmt.Println(mul(m, id))

	var rows [3]int
	var colsum [4]int
	for i, row := range m {
		for j, v := range row {
			rows[i] += v
			colsum[j] += v
		}
	}
	fmt.Println(rows, colsum)

	row := m[1] // copies the row
	row[0] = 500
	cp := m
	cp[2][3] = -1
	fmt.Println(m[1][0], row[0], m[2][3], cp[2][3], m == cp, transpose(cp) == t)
	var cube [2][2][2]int8
	cube[1][1][1] = 127
	cube[1][1][1]++
	cube[0][1][0] = -1
	fmt.Println(cube, len(cube), len(cube[0]), len(cube[0][0]))
}

// Output:
// [[1 2 3 4] [5 6 7 8] [9 10 11 12]]
// [[1 5 9] [2 6 10] [3 7 11] [4 8 12]]
// [[30 70 110] [70 174 278] [110 278 446]] 650
// [[1 2 3] [5 6 7] [9 10 11]]
// [10 26 42] [15 18 21 24]
// 5 500 12 -1 false false
// [[[0 0] [-1 0]] [[0 0] [0 -128]]] 2 2 2
