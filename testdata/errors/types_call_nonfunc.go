// types: calling something that is not a function
// needs: types (the type checker reports these)
package main

type point struct{ x int }

const answer = 42

func main() {
	n := 5
	n() // ERROR "invalid operation: cannot call non-function n \(variable of type int\)"
	s := "text"
	_ = s(1) // ERROR "invalid operation: cannot call non-function s \(variable of type string\)"
	_ = answer() // ERROR "invalid operation: cannot call non-function answer \(untyped int constant 42\)"
	p := point{}
	p.x() // ERROR "invalid operation: cannot call non-function p\.x \(variable of type int\)"
	_ = 3() // ERROR "invalid operation: cannot call non-function 3 \(untyped int constant\)"
	var fs []func()
	fs() // ERROR "invalid operation: cannot call non-function fs \(variable of type \[\]func\(\)\)"
	fs[0]()
}
