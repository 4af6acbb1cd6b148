// types: untyped constants too big for int when they get their default type
// needs: types (the type checker reports these)
package main

func main() {
	a := 1 << 70 // ERROR "cannot use 1 << 70 \(untyped int constant 1180591620717411303424\) as int value in assignment \(overflows\)"
	b := 99999999999999999999 // ERROR "cannot use 99999999999999999999 \(untyped int constant\) as int value in assignment \(overflows\)"
	var c = 1 << 63 // ERROR "cannot use 1 << 63 \(untyped int constant 9223372036854775808\) as int value in variable declaration \(overflows\)"
	var u8 uint8 = ^0 // ERROR "cannot use \^0 \(untyped int constant -1\) as uint8 value in variable declaration \(overflows\)"
	d := 1<<63 - 1
	println(a, b, c, u8, d)
	println(1 << 64) // ERROR "cannot use 1 << 64 \(untyped int constant 18446744073709551616\) as int value in argument to println \(overflows\)"
	var r rune = 0x80000000 // ERROR "cannot use 0x80000000 \(untyped int constant 2147483648\) as rune value in variable declaration \(overflows\)"
	_ = r
}
