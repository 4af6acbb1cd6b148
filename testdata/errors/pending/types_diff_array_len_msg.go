// types: gc wording for an array length that is too large or undeclared
// needs: types (the type checker reports these)
package main

var a [1 << 70]int // ERROR "array length 1 << 70 \(untyped int constant 1180591620717411303424\) must be integer"

var b [N]int // ERROR "undeclared name N for array length"

func main() {
	var c [M]string // ERROR "undeclared name M for array length"
	_ = c
	_ = N // ERROR "undefined: N"
}
