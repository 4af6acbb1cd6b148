// types: conversions take exactly one argument, and pointers do not take part in arithmetic
// needs: types (the type checker reports these)
package main

type point struct{ x, y int }

func main() {
	_ = int() // ERROR "missing argument in conversion to int"
	_ = int(1, 2) // ERROR "too many arguments in conversion to int"
	_ = point(1, 2) // ERROR "too many arguments in conversion to point"
	_ = string() // ERROR "missing argument in conversion to string"
	p := new(int)
	_ = p + 1 // ERROR "cannot convert 1 \(untyped int constant\) to \*int"
	n := 3
	q := &n
	q++ // ERROR "invalid operation: q\+\+ \(non-numeric type \*int\)"
	_ = []byte("a", "b") // ERROR "too many arguments in conversion to \[\]byte"
}
