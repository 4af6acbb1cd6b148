// Exercises a method value taken from a nil interface: gc panics when the method value is made, not when it is called.
package main

import "fmt"

type Shape interface{ Area() int }

type Sq struct{ s int }

func (q Sq) Area() int { return q.s * q.s }

func main() {
	var s Shape = Sq{3}
	f := s.Area
	s = Sq{4}
	fmt.Println(f(), s.Area())
	var none Shape
	fmt.Println("making the method value")
	g := none.Area
	fmt.Println("not reached", g())
}

// Output:
// 9 16
// making the method value
// Exit: 2
// Stderr: panic: runtime error: invalid memory address or nil pointer dereference
