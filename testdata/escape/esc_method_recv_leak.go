// Exercises methods whose receiver leaks: stored in a global or returned.
package main

import "fmt"

type node struct {
	val  int
	next *node
}

var registry []*node

func (n *node) register() { // ERROR "leaking param: n"
	registry = append(registry, n)
}

func (n *node) self() *node { // ERROR "leaking param: n to result ~r0 level=0"
	return n
}

func (n *node) link(m *node) { // ERROR "n does not escape" "leaking param: m"
	n.next = m
}

func (n node) copyOut() *node { // ERROR "moved to heap: n"
	return &n
}

func main() {
	a := node{val: 1} // ERROR "moved to heap: a"
	a.register()
	b := node{val: 2}
	c := b.self()
	d := node{val: 3} // ERROR "moved to heap: d"
	c.link(&d)
	e := d.copyOut()
	fmt.Println(len(registry), c.next.val, e.val) // ERROR "\.\.\. argument does not escape" "len\(registry\) escapes to heap" "c\.next\.val escapes to heap" "e\.val escapes to heap"
}
