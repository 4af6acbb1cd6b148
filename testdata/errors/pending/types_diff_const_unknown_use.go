// types: a typed constant whose value is invalid is still an operand of its type
// needs: types (the type checker reports these)
package main

const mask string = 1 // ERROR "cannot use 1 \(untyped int constant\) as string value in constant declaration"

func main() {
	var u uint8 = mask // ERROR "cannot use mask \(constant unknown of type string\) as type uint8 in variable declaration"
	_ = u
	_ = mask + 1 // ERROR "invalid operation: mask \+ 1 \(mismatched types string and untyped int\)"
}
