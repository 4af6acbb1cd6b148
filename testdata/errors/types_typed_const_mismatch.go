// types: typed constants keep their type: they do not convert implicitly like untyped ones
// needs: types (the type checker reports these)
package main

const small int8 = 1
const name string = "n"
const untyped = 1

func main() {
	var x int = small // ERROR "cannot use small \(constant 1 of type int8\) as type int in variable declaration"
	var y int64 = untyped
	var r rune = name[0] // ERROR "cannot use name\[0\] \(value of type byte\) as type rune in variable declaration"
	var b byte = untyped
	_ = small + int16(1) // ERROR "invalid operation: small \+ int16\(1\) \(mismatched types int8 and int16\)"
	var z uint = small * 2 // ERROR "cannot use small \* 2 \(constant 2 of type int8\) as type uint in variable declaration"
	_, _, _, _, _ = x, y, r, b, z
}
