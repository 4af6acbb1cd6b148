// Exercises the runtime panic for an integer division by zero.
package main

import "fmt"

func div(a, b int) int { return a / b }

func main() {
	fmt.Println(div(7, 2))
	zero := 0
	fmt.Println(div(1, zero))
	fmt.Println("not reached")
}

// Output:
// 3
// Exit: 2
// Stderr: panic: runtime error: integer divide by zero
