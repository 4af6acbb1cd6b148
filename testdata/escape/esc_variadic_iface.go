// Exercises a user variadic function taking ...interface{}, forwarding to fmt.Sprint.
package main

import "fmt"

func logf(prefix string, args ...interface{}) string { // ERROR "prefix does not escape" "leaking param content: args"
	return prefix + fmt.Sprint(args...) // ERROR "prefix \+ fmt\.Sprint\(args\.\.\.\) escapes to heap"
}

func count(args ...interface{}) int { // ERROR "args does not escape"
	return len(args)
}

func main() {
	n := 3
	s := "str"
	a := logf("> ", n, s) // ERROR "\.\.\. argument does not escape" "n escapes to heap" "s escapes to heap"
	b := count(n, s, true) // ERROR "\.\.\. argument does not escape" "n does not escape" "s does not escape" "true does not escape"
	c := count()
	fmt.Println(a, b, c) // ERROR "\.\.\. argument does not escape" "a escapes to heap" "b escapes to heap" "c escapes to heap"
}
