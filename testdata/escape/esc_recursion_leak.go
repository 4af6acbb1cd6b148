// Exercises a recursive function that returns or stores its pointer parameter.
package main

import "fmt"

type node struct {
	val  int
	next *node
}

var deepest *node

func last(n *node) *node { // ERROR "leaking param: n to result ~r0 level=0"
	if n.next == nil {
		return n
	}
	return last(n.next)
}

func walk(n *node, depth int) { // ERROR "leaking param: n"
	if n == nil {
		return
	}
	if depth > 1 {
		deepest = n
	}
	walk(n.next, depth+1)
}

func main() {
	c := node{val: 3} // ERROR "moved to heap: c"
	b := node{val: 2, next: &c} // ERROR "moved to heap: b"
	a := node{val: 1, next: &b} // ERROR "moved to heap: a"
	walk(&a, 0)
	fmt.Println(last(&a).val, deepest.val) // ERROR "\.\.\. argument does not escape" "last\(&a\)\.val escapes to heap" "deepest\.val escapes to heap"
}
