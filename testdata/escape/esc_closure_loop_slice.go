// Exercises closures created in a loop and collected in a slice: captured variables escape.
package main

import "fmt"

func makeFuncs(n int) []func() int {
	var fs []func() int
	for i := 0; i < n; i++ {
		v := i * 10
		fs = append(fs, func() int { // ERROR "func literal escapes to heap"
			return v
		})
	}
	return fs
}

func runLocal(n int) int {
	total := 0
	for i := 0; i < n; i++ {
		f := func() { // ERROR "func literal does not escape"
			total += i
		}
		f()
	}
	return total
}

func main() {
	fs := makeFuncs(3)
	fmt.Println(fs[2](), runLocal(4)) // ERROR "\.\.\. argument does not escape" "fs\[2\]\(\) escapes to heap" "runLocal\(4\) escapes to heap"
}
