// types: unused variables in nested scopes, closures and switch initializers; assignment is not a use
// needs: types (the type checker reports these)
package main

func main() {
	count := 0 // ERROR "count declared but not used"
	count = 5
	if n := 1; true { // ERROR "n declared but not used"
	}
	fn := func() {
		inside := 2 // ERROR "inside declared but not used"
	}
	fn()
	switch s := "x"; { // ERROR "s declared but not used"
	case true:
	}
	for i := 0; i < 2; i++ {
		tmp := i // ERROR "tmp declared but not used"
	}
}
