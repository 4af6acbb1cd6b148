// Exercises the panic of a failed single-result type assertion.
package main

import "fmt"

func main() {
	var x any = "a string"
	s := x.(string)
	fmt.Println(s)
	n := x.(int)
	fmt.Println("not reached", n)
}

// Output:
// a string
// Exit: 2
// Stderr: panic: interface conversion: interface {} is string, not int
