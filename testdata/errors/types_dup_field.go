// types: struct types that declare the same field twice (embedded fields count by their type name)
// needs: types (the type checker reports these)
package main

type inner struct{}

type a struct {
	x int // ERROR "other declaration of x"
	y int
	x string // ERROR "x redeclared"
}

type b struct {
	inner // ERROR "other declaration of inner"
	inner int // ERROR "inner redeclared"
}

type c struct {
	p, q, p bool // ERROR "p redeclared" "other declaration of p"
}

func main() {
	_, _, _ = a{}, b{}, c{}
}
