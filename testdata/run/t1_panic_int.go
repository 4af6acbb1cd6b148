// Exercises an explicit panic with an integer value, which gc prints as a plain number.
package main

import "fmt"

func depth(n int) int {
	if n == 0 {
		panic(42)
	}
	fmt.Println("depth", n)
	return depth(n-1) + 1
}

func safeDepth(n int) int {
	if n <= 0 {
		return 0
	}
	return safeDepth(n-1) + 1
}

func main() {
	fmt.Println(safeDepth(10))
	fmt.Println(depth(3))
}

// Output:
// 10
// depth 3
// depth 2
// depth 1
// Exit: 2
// Stderr: panic: 42
