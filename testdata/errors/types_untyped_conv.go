// types: untyped constants converted to a type that cannot represent them
// needs: types (the type checker reports these)
package main

func main() {
	_ = int("7") // ERROR `cannot convert "7" \(untyped string constant\) to type int`
	_ = string(true) // ERROR "cannot convert true \(untyped bool constant\) to type string"
	_ = bool(1) // ERROR "cannot convert 1 \(untyped int constant\) to type bool"
	_ = uint8(-1) // ERROR "cannot convert -1 \(untyped int constant\) to type uint8"
	_ = int8(128) // ERROR "cannot convert 128 \(untyped int constant\) to type int8"
	_ = byte('€') // ERROR "cannot convert '€' \(untyped rune constant 8364\) to type byte"
	var r rune = "a" // ERROR `cannot use "a" \(untyped string constant\) as rune value in variable declaration`
	var s string = 'a' // ERROR "cannot use 'a' \(untyped rune constant 97\) as string value in variable declaration"
	_, _ = r, s
}
