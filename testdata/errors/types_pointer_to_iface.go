// types: a pointer to an interface has no methods
// needs: types (the type checker reports these)
package main

import "fmt"

type shape interface{ Area() int }

func measure(p *shape) int {
	return p.Area() // ERROR "p\.Area undefined \(type \*shape is pointer to interface, not interface\)"
}

func show(s *fmt.Stringer) string {
	return s.String() // ERROR "s\.String undefined \(type \*fmt\.Stringer is pointer to interface, not interface\)"
}

func main() {
	var s shape
	_ = measure(&s)
	_ = (*&s).Area
}
