// types: ++, -- and op= on operands of the wrong type
// needs: types (the type checker reports these)
package main

func main() {
	s := "a"
	s++ // ERROR "invalid operation: s\+\+ \(non-numeric type string\)"
	b := true
	b-- // ERROR "invalid operation: b-- \(non-numeric type bool\)"
	n := 1
	n += "x" // ERROR `invalid operation: n \+= "x" \(mismatched types int and untyped string\)`
	s -= "b" // ERROR "invalid operation: operator - not defined on s \(variable of type string\)"
	s += 1 // ERROR "invalid operation: s \+= 1 \(mismatched types string and untyped int\)"
	var p *int
	p++ // ERROR "invalid operation: p\+\+ \(non-numeric type \*int\)"
	_, _, _ = s, b, n
}
