// types: typed constant arithmetic that overflows its type
// needs: types (the type checker reports these)
package main

const small int8 = 100
const top uint8 = 255

func main() {
	const twice = small * 2 // ERROR "small \* 2 \(constant 200 of type int8\) overflows int8"
	const more = top + 1 // ERROR "top \+ 1 \(constant 256 of type uint8\) overflows uint8"
	const neg = -top // ERROR "-top \(constant -255 of type uint8\) overflows uint8"
	var x int8 = small + small // ERROR "small \+ small \(constant 200 of type int8\) overflows int8"
	const shifted int16 = 1 << 15 // ERROR "cannot use 1 << 15 \(untyped int constant 32768\) as int16 value in constant declaration \(overflows\)"
	var u uint32 = 1 << 32 // ERROR "cannot use 1 << 32 \(untyped int constant 4294967296\) as uint32 value in variable declaration \(overflows\)"
	_, _ = x, u
}
