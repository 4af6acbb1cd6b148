// Exercises &, |, ^, &^ and unary ^ at every integer width, with mixed patterns and op-assignments.
package main

import "fmt"

func main() {
	var a8, b8 uint8 = 0xcc, 0xaa
	var s8, t8 int8 = -52, 0x2a
	fmt.Println(a8&b8, a8|b8, a8^b8, a8&^b8, ^a8)
	fmt.Println(s8&t8, s8|t8, s8^t8, s8&^t8, ^s8, ^t8)

	var a16, b16 uint16 = 0xf0f0, 0x3c3c
	var s16 int16 = -0x0f10
	fmt.Printf("%04x %04x %04x %04x %04x %d %d\n", a16&b16, a16|b16, a16^b16, a16&^b16, ^a16, ^s16, s16&0xff)

	var a32, b32 uint32 = 0xdeadbeef, 0x0000ffff
	var s32 int32 = -559038737
	fmt.Printf("%08x %08x %08x %08x %08x\n", a32&b32, a32|b32, a32^b32, a32&^b32, ^a32)
	fmt.Println(s32&0xffff, s32|1, s32^-1, ^s32, s32&^-16)

	var a64 uint64 = 0x0123456789abcdef
	var s64 int64 = -81985529216486896
	fmt.Printf("%016x %016x %016x\n", a64&^0xff00ff00ff00ff00, ^a64, a64^(a64>>4))
	fmt.Println(s64&-s64, s64|0x7f, ^s64, s64^s64)

	// op-assignments
	x := 0b1010_1010
	x &= 0b1111_0000
	fmt.Print(x)
	x |= 0b0000_0101
	fmt.Print(" ", x)
	x ^= 0xff
	fmt.Print(" ", x)
	x &^= 0x0f
	fmt.Print(" ", x)
	fmt.Println()

	// xor swap and identities
	p, q := 12345, -678
	p ^= q
	q ^= p
	p ^= q
	fmt.Println(p, q, p^p, p^0 == p, ^^p == p, -p == ^p+1)
	var u uint = 0
	fmt.Println(^u, ^u>>1, ^(^u >> 1))
}

// Output:
// 136 238 102 68 51
// 8 -18 -26 -60 51 -43
// 3030 fcfc cccc c0c0 0f0f 3855 240
// 0000beef deadffff dead4110 dead0000 21524110
// 48879 -559038737 559038736 559038736 15
// 0023006700ab00ef fedcba9876543210 01317131f1317131
// 16 -81985529216486785 81985529216486895 0
// 160 165 90 80
// -678 12345 0 true true true
// 18446744073709551615 9223372036854775807 9223372036854775808
