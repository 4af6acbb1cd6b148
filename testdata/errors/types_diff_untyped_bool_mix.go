// types: a comparison (an untyped bool value) mixed with an operand that is not a boolean
// needs: types (the type checker reports these)
package main

func main() {
	n := 1
	var c byte
	_ = n < 2 <= 3 // ERROR "invalid operation: n < 2 <= 3 \(mismatched types untyped bool and untyped int\)"
	_ = n > 10 | n < 50 // ERROR "invalid operation: n > 10 \| n < 50 \(mismatched types untyped bool and untyped int\)"
	_ = n != 16 == 0 // ERROR "invalid operation: n != 16 == 0 \(mismatched types untyped bool and untyped int\)"
	_ = n == 1 == "s" // ERROR `invalid operation: n == 1 == "s" \(mismatched types untyped bool and untyped string\)`
	_ = c < '0' != c // ERROR "invalid operation: c < '0' != c \(mismatched types untyped bool and byte\)"
	_ = c < '0' == n // ERROR "invalid operation: c < '0' == n \(mismatched types untyped bool and int\)"
	_ = int8(n == 1) // ERROR "cannot convert n == 1 \(untyped bool value\) to type int8"
	_ = int8(300 == n) // ERROR "cannot convert 300 == n \(untyped bool value\) to type int8"
	_ = string(n > 0) // ERROR "cannot convert n > 0 \(untyped bool value\) to type string"
}
