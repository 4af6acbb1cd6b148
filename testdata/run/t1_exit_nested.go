// Exercises os.Exit(3) called from a nested function inside loops: output before it appears, nothing after.
package main

import (
	"fmt"
	"os"
)

func validate(grid [3][3]int) {
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if grid[i][j] < 0 {
				fmt.Println("negative cell at", i, j)
				os.Exit(3)
			}
		}
		fmt.Println("row", i, "ok")
	}
}

func main() {
	g := [3][3]int{{1, 2, 3}, {4, 5, 6}, {7, -8, 9}}
	validate(g)
	fmt.Println("not reached")
}

// Output:
// row 0 ok
// row 1 ok
// negative cell at 2 1
// Exit: 3
