// types: untyped constants that do not fit the type they are given
// needs: types (the type checker reports these)
package main

func takeByte(b byte) {}

func main() {
	var b byte = 300 // ERROR "cannot use 300 \(untyped int constant\) as byte value in variable declaration \(overflows\)"
	var i8 int8 = -129 // ERROR "cannot use -129 \(untyped int constant\) as int8 value in variable declaration \(overflows\)"
	var u uint = -1 // ERROR "cannot use -1 \(untyped int constant\) as uint value in variable declaration \(overflows\)"
	takeByte(256) // ERROR "cannot use 256 \(untyped int constant\) as byte value in argument to takeByte \(overflows\)"
	b = 1000 // ERROR "cannot use 1000 \(untyped int constant\) as byte value in assignment \(overflows\)"
	x := int8(200) // ERROR "cannot convert 200 \(untyped int constant\) to type int8"
	var u16 uint16
	u16 = 70000 // ERROR "cannot use 70000 \(untyped int constant\) as uint16 value in assignment \(overflows\)"
	const big = 1 << 40
	var i32 int32 = big // ERROR "cannot use big \(untyped int constant 1099511627776\) as int32 value in variable declaration \(overflows\)"
	_, _, _, _, _ = b, i8, u, x, i32
}
