// types: iota-based constants that outgrow their declared type
// needs: types (the type checker reports these)
package main

type level uint8

const (
	low level = iota * 100
	mid
	high
	extreme // ERROR "cannot use iota \* 100 \(untyped int constant 300\) as level value in constant declaration \(overflows\)"
)

const (
	bit0 int8 = 1 << iota
	bit1
	bit2
	bit3
	bit4
	bit5
	bit6
	bit7 // ERROR "cannot use 1 << iota \(untyped int constant 128\) as int8 value in constant declaration \(overflows\)"
)

func main() {
	println(low, extreme, bit7)
}
