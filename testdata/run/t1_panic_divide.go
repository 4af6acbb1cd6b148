// Exercises the run-time panic for integer division by a zero variable, after output that must still appear.
package main

import "fmt"

func average(sum, count int) int {
	return sum / count
}

func ratio(a, b int64) (q, r int64) {
	q = a / b
	r = a % b
	return
}

func main() {
	fmt.Println(ratio(-7, 2))
	fmt.Println(ratio(-9223372036854775808, -1))
	totals := [4]int{10, 20, 30, 40}
	counts := [4]int{2, 4, 5, 0}
	for i := 0; i < len(totals); i++ {
		fmt.Println("average", i, "=", average(totals[i], counts[i]))
	}
	fmt.Println("not reached")
}

// Output:
// -3 -1
// -9223372036854775808 0
// average 0 = 5
// average 1 = 5
// average 2 = 6
// Exit: 2
// Stderr: panic: runtime error: integer divide by zero
