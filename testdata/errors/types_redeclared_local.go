// types: parameters and local names declared twice in the same block
// needs: types (the type checker reports these)
package main

func params(a int, a string) {} // ERROR "a redeclared in this block" "other declaration of a"

func main() {
	x := 1 // ERROR "other declaration of x"
	var x int // ERROR "x redeclared in this block"
	const c = 1 // ERROR "other declaration of c"
	var c = 2 // ERROR "c redeclared in this block"
	_, _ = x, c
	{
		x := "shadowing in an inner block is fine"
		_ = x
	}
}
