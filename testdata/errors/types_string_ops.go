// types: common string mistakes: mixing strings with numbers and bytes
// needs: types (the type checker reports these)
package main

import "strconv"

func main() {
	s := "count: "
	n := 3
	msg := s + n // ERROR "invalid operation: s \+ n \(mismatched types string and int\)"
	msg += n
	_ = s[0] == "c" // ERROR `invalid operation: s\[0\] == "c" \(mismatched types byte and untyped string\)`
	_ = s * 2 // ERROR "invalid operation: s \* 2 \(mismatched types string and untyped int\)"
	_ = s + strconv.Itoa(n)
	var c byte = s // ERROR "cannot use s \(variable of type string\) as type byte in variable declaration"
	var r rune = "x" // ERROR `cannot use "x" \(untyped string constant\) as rune value in variable declaration`
	_ = s[0] + "!" // ERROR `invalid operation: s\[0\] \+ "!" \(mismatched types byte and untyped string\)`
	_, _, _ = msg, c, r
}
