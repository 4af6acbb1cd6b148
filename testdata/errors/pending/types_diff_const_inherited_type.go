// types: an implicitly repeated const spec reports an error in its type once, at the type
// needs: types (the type checker reports these)
package main

const GB = 1

type M map[string]int

const (
	a GB = iota // ERROR "GB \(untyped int constant 1\) is not a type"
	b
	c
)

const (
	d M = iota // ERROR "invalid constant type M"
	e
)

func main() {
}
