// Exercises nested arrays [3][4]int and deeper: zero values, partial literals, indexed literals, range over rows and len.
package main

import "fmt"

func main() {
	var grid [3][4]int
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = i*10 + j
		}
	}
	fmt.Println(grid, len(grid), len(grid[0]))

	partial := [3][4]int{{1}, {2, 3}, {}}
	fmt.Println(partial)
	indexed := [5]int{1: 10, 3: 30}
	keyed := [...]string{2: "two", 0: "zero"}
	fmt.Println(indexed, len(keyed), keyed, keyed[1] == "")

	// sum of each column, diagonal walk, and transpose into a new array
	var colSum [4]int
	for _, row := range grid {
		for j, v := range row {
			colSum[j] += v
		}
	}
	fmt.Println(colSum)
	diag := 0
	for i := 0; i < len(grid) && i < len(grid[i]); i++ {
		diag += grid[i][i]
	}
	fmt.Println(diag)

	var cube [2][3][4]uint8
	n := uint8(0)
	for i := range cube {
		for j := range cube[i] {
			for k := range cube[i][j] {
				n += 11
				cube[i][j][k] = n
			}
		}
	}
	fmt.Println(cube[1][2][3], cube[0][1], len(cube[1][2]))
	board := [3][3]string{{"X", "O", "X"}, {" ", "X", "O"}, {"O", " ", "X"}}
	for _, r := range board {
		line := ""
		for _, c := range r {
			line += c
		}
		fmt.Printf("%q\n", line)
	}
	win := board[0][0] == board[1][1] && board[1][1] == board[2][2]
	fmt.Println("diagonal win:", win, board[1])
	i, j := 2, 1
	grid[i][j], grid[j][i] = grid[j][i], grid[i][j]
	fmt.Println(grid[2][1], grid[1][2])
}

// Output:
// [[0 1 2 3] [10 11 12 13] [20 21 22 23]] 3 4
// [[1 0 0 0] [2 3 0 0] [0 0 0 0]]
// [0 10 0 30 0] 3 [zero  two] true
// [30 33 36 39]
// 33
// 8 [55 66 77 88] 4
// "XOX"
// " XO"
// "O X"
// diagonal win: true [  X O]
// 12 21
