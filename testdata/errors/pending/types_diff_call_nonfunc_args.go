// types: the arguments of a call of a non-function are not checked (nor used)
// needs: types (the type checker reports these)
package main

func main() {
	f := 1
	x := 2 // ERROR "x declared but not used"
	f(x) // ERROR "invalid operation: cannot call non-function f \(variable of type int\)"
	f(undef) // ERROR "invalid operation: cannot call non-function f \(variable of type int\)"
	s := "s"
	s(len) // ERROR "invalid operation: cannot call non-function s \(variable of type string\)"
}
