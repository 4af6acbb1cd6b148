// Flows through several variables: each step is one "flow:" line.
package main

import "fmt"

type node struct {
	next *node
	val  int
}

var sink *node

func chain() {
	a := node{val: 1}
	p := &a
	q := p
	r := q
	sink = r
}

func viaField() *int {
	x := 5
	h := struct{ p *int }{&x}
	g := h
	return g.p
}

func deref2(pp **int) *int {
	return *pp
}

func keepDeref(pp **int) {
	sink = &node{val: **pp}
}

func main() {
	chain()
	n := 3
	p := &n
	fmt.Println(*viaField(), *deref2(&p))
	keepDeref(&p)
}
