// Exercises assigning values to local interface{} variables that do not escape.
package main

import "fmt"

type pair struct {
	a, b int
}

func kind(v interface{}) int { // ERROR "v does not escape"
	switch v.(type) {
	case int:
		return 1
	case string:
		return 2
	}
	return 0
}

func locals(n int, s string) int { // ERROR "s does not escape"
	var i interface{} = n // ERROR "n does not escape"
	var j interface{} = s // ERROR "s does not escape"
	var k interface{} = pair{n, n} // ERROR "pair\{\.\.\.\} does not escape"
	return kind(i) + kind(j) + kind(k)
}

func reassign(n int) int {
	var e interface{}
	e = n // ERROR "n does not escape"
	e = "str" // ERROR "\"str\" does not escape"
	return kind(e)
}

func main() {
	fmt.Println(locals(1, "x"), reassign(2)) // ERROR "\.\.\. argument does not escape" "locals\(1, \"x\"\) escapes to heap" "reassign\(2\) escapes to heap"
}
