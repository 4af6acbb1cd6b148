// Exercises backtracking with arrays: counting N-queens solutions and printing the first 6x6 solution.
package main

import "fmt"

const Max = 10

var cols [Max]bool
var diag1 [2 * Max]bool
var diag2 [2 * Max]bool
var pos [Max]int

func place(row, n int) (count int) {
	if row == n {
		return 1
	}
	for c := 0; c < n; c++ {
		if cols[c] || diag1[row+c] || diag2[row-c+n] {
			continue
		}
		cols[c], diag1[row+c], diag2[row-c+n] = true, true, true
		pos[row] = c
		count += place(row+1, n)
		cols[c], diag1[row+c], diag2[row-c+n] = false, false, false
	}
	return
}

func first(row, n int) bool {
	if row == n {
		return true
	}
	for c := 0; c < n; c++ {
		ok := true
		for r := 0; r < row; r++ {
			d := pos[r] - c
			if d == 0 || d == row-r || d == r-row {
				ok = false
				break
			}
		}
		if ok {
			pos[row] = c
			if first(row+1, n) {
				return true
			}
		}
	}
	return false
}

func main() {
	for n := 1; n <= 9; n++ {
		fmt.Print(" ", place(0, n))
	}
	fmt.Println()
	if first(0, 6) {
		for r := 0; r < 6; r++ {
			line := ""
			for c := 0; c < 6; c++ {
				if pos[r] == c {
					line += "Q"
				} else {
					line += "."
				}
			}
			fmt.Println(line)
		}
	}
	fmt.Println(pos)
}

// Output:
//  1 0 0 2 10 4 40 92 352
// .Q....
// ...Q..
// .....Q
// Q.....
// ..Q...
// ....Q.
// [1 3 5 0 2 4 3 2 4 0]
