// Exercises new(T) whose result is returned, so the allocation escapes.
package main

import "fmt"

type node struct {
	val  int
	next *node
}

func makeNode(v int) *node {
	n := new(node) // ERROR "new\(node\) escapes to heap"
	n.val = v
	return n
}

func makeInt() *int {
	return new(int) // ERROR "new\(int\) escapes to heap"
}

func makeBuf() *[8]byte {
	b := new([8]byte) // ERROR "new\(\[8\]byte\) escapes to heap"
	b[0] = 'x'
	return b
}

func main() {
	n := makeNode(5)
	n.next = makeNode(6)
	p := makeInt()
	*p = 3
	b := makeBuf()
	fmt.Println(n.val, n.next.val, *p, b[0]) // ERROR "\.\.\. argument does not escape" "n\.val escapes to heap" "n\.next\.val escapes to heap" "\*p escapes to heap" "b\[0\] escapes to heap"
}
