// types: assigning to an index of a string whose index is invalid
// needs: types (the type checker reports these)
package main

func main() {
	s := "abc"
	s[undef] = 'x' // ERROR "cannot assign to s\[undef\] \(value of type byte\)" "undefined: undef"
	s[undef2]++ // ERROR "cannot assign to s\[undef2\] \(value of type byte\)" "undefined: undef2"
}
