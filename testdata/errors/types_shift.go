// types: invalid shifts: negative counts, non-integer counts and operands, too-large constant shifts
// needs: types (the type checker reports these)
package main

func main() {
	n := 1
	s := "abc"
	b := true
	_ = n << -1 // ERROR "invalid operation: negative shift count -1 \(untyped int constant\)"
	_ = n >> s // ERROR "invalid operation: shift count s \(variable of type string\) must be integer"
	_ = s << 2 // ERROR "invalid operation: shifted operand s \(variable of type string\) must be integer"
	_ = b << n // ERROR "invalid operation: shifted operand b \(variable of type bool\) must be integer"
	const huge = 1 << 10000 // ERROR "invalid operation: invalid shift count 10000 \(untyped int constant\)"
	var i8 int8 = 1 << 8 // ERROR "cannot use 1 << 8 \(untyped int constant 256\) as int8 value in variable declaration \(overflows\)"
	_ = 1 << "two" // ERROR `cannot convert "two" \(untyped string constant\) to uint`
	_ = i8
}
