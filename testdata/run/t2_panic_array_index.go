// Indexing an array with a variable index out of range panics with the array length.
package main

import "fmt"

type grid struct {
	cells [4][4]int
}

func main() {
	var g grid
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			g.cells[i][j] = i + j
		}
	}
	fmt.Println(g.cells)
	row, col := 2, 1
	for col < 6 {
		fmt.Println(row, col, g.cells[row][col])
		col++
	}
}

// Output:
// [[0 1 2 3] [1 2 3 4] [2 3 4 5] [3 4 5 6]]
// 2 1 3
// 2 2 4
// 2 3 5
// Exit: 2
// Stderr: panic: runtime error: index out of range [4] with length 4
