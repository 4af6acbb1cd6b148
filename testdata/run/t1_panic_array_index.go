// Exercises the run-time panic for an array index out of range with a variable index (one past the end).
package main

import "fmt"

func lookup(table [5]string, i int) string {
	return table[i]
}

func main() {
	days := [5]string{"mon", "tue", "wed", "thu", "fri"}
	var lengths [5]int
	for i, d := range days {
		lengths[i] = len(d)
	}
	fmt.Println(lengths, days[len(days)-1])
	last := 4
	days[last] = "FRI"
	for i := 0; i <= len(days); i++ {
		fmt.Println(i, lookup(days, i))
	}
}

// Output:
// [3 3 3 3 3] fri
// 0 mon
// 1 tue
// 2 wed
// 3 thu
// 4 FRI
// Exit: 2
// Stderr: panic: runtime error: index out of range [5] with length 5
