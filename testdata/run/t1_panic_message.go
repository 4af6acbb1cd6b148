// Exercises an explicit panic with a string message raised from a nested call after validation fails.
package main

import "fmt"

func check(n int) int {
	if n > 3 {
		panic("check: value " + fmt.Sprint(n) + " is too large")
	}
	return n * n
}

func accumulate(limit int) (sum int) {
	for i := 1; i <= limit; i++ {
		sum += check(i)
		fmt.Println("i", i, "sum", sum)
	}
	return
}

func main() {
	fmt.Println("first run:", accumulate(2))
	fmt.Println("second run:", accumulate(5))
	fmt.Println("unreachable")
}

// Output:
// i 1 sum 1
// i 2 sum 5
// first run: 5
// i 1 sum 1
// i 2 sum 5
// i 3 sum 14
// Exit: 2
// Stderr: panic: check: value 4 is too large
