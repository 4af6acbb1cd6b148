// Exercises a deferred closure outside any loop: it does not escape.
package main

import "fmt"

var log []string

func work(n int) (result int) {
	defer func() { // ERROR "func literal does not escape"
		result *= 2
	}()
	result = n + 1
	return
}

func trace(name string) { // ERROR "leaking param: name"
	depth := 0
	defer func() { // ERROR "func literal does not escape"
		log = append(log, fmt.Sprint(name, depth)) // ERROR "\.\.\. argument does not escape" "name escapes to heap" "depth escapes to heap"
	}()
	depth = len(name)
}

func main() {
	trace("abc")
	fmt.Println(work(4), log[0]) // ERROR "\.\.\. argument does not escape" "work\(4\) escapes to heap" "log\[0\] escapes to heap"
}
