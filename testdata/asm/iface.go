// Interfaces: a method call loads the code pointer from the itab and
// calls through it; an assertion to a concrete type compares descriptors.
package main

type Shape interface{ Area() int }

type Sq struct{ S int }

func (q *Sq) Area() int { return q.S * q.S }

func area(s Shape) int {
	return s.Area() // amd64:"call \[r11\]" arm64:"ldr\s+x16, \[x15\]","blr\s+x16"
}

func isSq(x interface{}) bool {
	_, ok := x.(*Sq) // amd64:"lea\s+\w+, \[rel go\.type\.[0-9]+\]" arm64:"adrp\s+x[0-9]+, go\.type\.[0-9]+"
	return ok
}

func main() {
	println(area(&Sq{3}), isSq(&Sq{1}))
}
