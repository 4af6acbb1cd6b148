// Leaving SSA: the lost-copy problem.  After copy propagation, the value
// of x from the last iteration is used after the loop, while the loop's
// Phi for x is overwritten at the end of every iteration.  If the back
// end put the Phi and its argument in one place, the value printed after
// the loop would be the next iteration's.
package main

import "fmt"

func lastBefore(n int) (int, int) {
	x := 0
	y := 0
	for i := 0; i < n; i++ {
		y = x
		x = x + i
	}
	return x, y
}

func prev(limit int) int {
	cur := 1
	old := 0
	for cur < limit {
		old = cur
		cur = cur * 3
	}
	return old + cur
}

func main() {
	for n := 0; n < 5; n++ {
		x, y := lastBefore(n)
		fmt.Println(n, x, y, prev(n*10))
	}
}

// Output:
// 0 0 0 1
// 1 0 0 36
// 2 1 0 36
// 3 3 1 108
// 4 6 3 108
