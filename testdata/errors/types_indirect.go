// types: the * operator applied to something that is not a pointer
// needs: types (the type checker reports these)
package main

type point struct{ x int }

func main() {
	n := 5
	_ = *n // ERROR "invalid operation: cannot indirect n \(variable of type int\)"
	s := "str"
	_ = *s // ERROR "invalid operation: cannot indirect s \(variable of type string\)"
	p := point{}
	_ = *p // ERROR "invalid operation: cannot indirect p \(variable of type point\)"
	*n = 3 // ERROR "invalid operation: cannot indirect n \(variable of type int\)"
	_ = *nil // ERROR "invalid operation: cannot indirect nil"
	q := &p
	_ = **q // ERROR "invalid operation: cannot indirect \*q \(variable of type point\)"
}
