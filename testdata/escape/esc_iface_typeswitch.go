// Exercises type switches on interface parameters, including a case that leaks the pointer.
package main

import "fmt"

type node struct {
	v int
}

var lastNode *node

func describe(x interface{}) int { // ERROR "x does not escape"
	switch v := x.(type) {
	case int:
		return v
	case string:
		return len(v)
	case *node:
		return v.v
	}
	return -1
}

func capture(x interface{}) { // ERROR "leaking param: x"
	switch v := x.(type) {
	case *node:
		lastNode = v
	}
}

func main() {
	n := node{7}
	a := describe(3) + describe("four") + describe(&n) // ERROR "3 does not escape" "\"four\" does not escape"
	m := node{8} // ERROR "moved to heap: m"
	capture(&m)
	fmt.Println(a, lastNode.v) // ERROR "\.\.\. argument does not escape" "a escapes to heap" "lastNode\.v escapes to heap"
}
