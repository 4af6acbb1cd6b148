// types: local variables declared and never used
// needs: types (the type checker reports these)
package main

func main() {
	a := 1 // ERROR "a declared but not used"
	var b int // ERROR "b declared but not used"
	c, d := 2, 3 // ERROR "d declared but not used"
	_ = c
	var e, f string // ERROR "e declared but not used"
	e = "x"
	_ = f
}
