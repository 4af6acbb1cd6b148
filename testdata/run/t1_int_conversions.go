// Exercises conversions between integer types: truncation, sign extension, zero extension and round trips.
package main

import "fmt"

func main() {
	var v int64 = -1234567890123
	fmt.Println(int8(v), int16(v), int32(v), int64(v))
	fmt.Println(uint8(v), uint16(v), uint32(v), uint64(v))
	fmt.Println(uint(v), uintptr(v), int(v), rune(v), byte(v))

	var p int64 = 0x123456789abcdef0
	fmt.Printf("%x %x %x %x\n", uint8(p), uint16(p), uint32(p), uint64(p))
	fmt.Println(int8(p), int16(p), int32(p))

	// sign extension from each narrow signed type
	var s8 int8 = -2
	var s16 int16 = -300
	var s32 int32 = -70000
	fmt.Println(int64(s8), int64(s16), int64(s32), uint64(s8), uint32(s16), uint16(s8))
	// zero extension from each unsigned type
	var u8 uint8 = 0xfe
	var u16 uint16 = 0xfed4
	var u32 uint32 = 0xfffeee90
	fmt.Println(int64(u8), int64(u16), int64(u32), int8(u8), int16(u16), int32(u32))

	// round trips lose or keep information
	for _, x := range [7]int{0, 127, 128, 255, 256, -129, 65535} {
		fmt.Println(x, int(int8(x)), int(uint8(x)), int(int16(x)), int(uint16(x)), int8(x) == int8(uint8(x)))
	}

	// chains of conversions
	var big uint64 = 0xffffffff80000000
	fmt.Println(int32(big), int64(int32(big)), uint64(int32(big)) == big, int64(uint32(big)))
	var r rune = -1
	fmt.Println(uint32(r), byte(r), uint16(r), rune(byte(r)))
	var by byte = 200
	fmt.Println(int8(by), rune(by), int(int8(by))+int(by))
	fmt.Printf("%T %T %T\n", byte(1), rune(1), uintptr(1))
}

// Output:
// 53 -1227 -1912276171 -1234567890123
// 53 64309 2382691125 18446742839141661493
// 18446742839141661493 18446742839141661493 -1234567890123 -1912276171 53
// f0 def0 9abcdef0 123456789abcdef0
// -16 -8464 -1698898192
// -2 -300 -70000 18446744073709551614 4294966996 65534
// 254 65236 4294897296 -2 -300 -70000
// 0 0 0 0 0 true
// 127 127 127 127 127 true
// 128 -128 128 128 128 true
// 255 -1 255 255 255 true
// 256 0 0 256 256 true
// -129 127 127 -129 65407 true
// 65535 -1 255 -1 65535 true
// -2147483648 -2147483648 true 2147483648
// 4294967295 255 65535 255
// -56 200 144
// uint8 int32 uintptr
