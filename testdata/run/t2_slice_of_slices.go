// Slices of slices: jagged rows, a matrix from one backing array, transposition, Pascal's triangle.
package main

import "fmt"

func pascal(n int) [][]int {
	rows := make([][]int, n)
	for i := range rows {
		rows[i] = make([]int, i+1)
		rows[i][0], rows[i][i] = 1, 1
		for j := 1; j < i; j++ {
			rows[i][j] = rows[i-1][j-1] + rows[i-1][j]
		}
	}
	return rows
}

func transpose(m [][]int) [][]int {
	t := make([][]int, len(m[0]))
	for j := range t {
		t[j] = make([]int, len(m))
		for i := range m {
			t[j][i] = m[i][j]
		}
	}
	return t
}

func main() {
	for _, row := range pascal(7) {
		fmt.Println(row)
	}

	backing := make([]int, 12)
	m := make([][]int, 3)
	for i := range m {
		m[i] = backing[i*4 : (i+1)*4 : (i+1)*4]
		for j := range m[i] {
			m[i][j] = i*10 + j
		}
	}
	fmt.Println(backing)
	fmt.Println(transpose(m))
	m[1] = append(m[1], 99) // cap is exact: reallocates, backing untouched
	fmt.Println(backing[8], len(m[1]), m[1][4])

	var jag [][]string
	jag = append(jag, []string{"a"})
	jag = append(jag, nil)
	jag = append(jag, []string{"b", "c", "d"})
	jag[1] = append(jag[1], "x")
	for i, r := range jag {
		fmt.Println(i, len(r), r)
	}

	cube := make([][][]int, 2)
	for i := range cube {
		cube[i] = make([][]int, 2)
		for j := range cube[i] {
			cube[i][j] = []int{i, j, i * j}
		}
	}
	fmt.Println(cube)
}

// Output:
// [1]
// [1 1]
// [1 2 1]
// [1 3 3 1]
// [1 4 6 4 1]
// [1 5 10 10 5 1]
// [1 6 15 20 15 6 1]
// [0 1 2 3 10 11 12 13 20 21 22 23]
// [[0 10 20] [1 11 21] [2 12 22] [3 13 23]]
// 20 5 99
// 0 1 [a]
// 1 1 [x]
// 2 3 [b c d]
// [[[0 0 0] [0 1 0]] [[1 0 0] [1 1 1]]]
