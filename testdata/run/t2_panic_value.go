// Exercises panic with a value of a named integer type (gc prints its type and value).
package main

import "fmt"

type code int

func main() {
	fmt.Println("start")
	var c code = 42
	if c > 0 {
		panic(c)
	}
	fmt.Println("not reached")
}

// Output:
// start
// Exit: 2
// Stderr: panic: main.code(42)
