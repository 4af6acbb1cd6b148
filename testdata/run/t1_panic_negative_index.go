// Exercises the run-time panic for a negative variable index into a nested array.
package main

import "fmt"

var grid [3][3]int

func trace() (t int) {
	for i := range grid {
		t += grid[i][i]
	}
	return
}

func main() {
	for i := 0; i < 3; i++ {
		grid[i][i] = i + 1
	}
	fmt.Println(grid, trace())
	row, col := 1, 2
	for step := 0; step < 5; step++ {
		fmt.Println("at", row, col, "=", grid[row][col])
		col--
		row = col
	}
}

// Output:
// [[1 0 0] [0 2 0] [0 0 3]] 6
// at 1 2 = 0
// at 1 1 = 2
// at 0 0 = 1
// Exit: 2
// Stderr: panic: runtime error: index out of range [-1]
