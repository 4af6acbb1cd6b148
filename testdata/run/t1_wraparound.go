// Exercises wrap-around arithmetic and shift rules for every sized integer type.
package main

import "fmt"

func main() {
	var i8 int8 = 127
	var i16 int16 = 32767
	var i32 int32 = 2147483647
	var i64 int64 = 9223372036854775807
	i8++
	i16++
	i32++
	i64++
	fmt.Println(i8, i16, i32, i64)

	var u8 uint8
	var u16 uint16
	var u32 uint32
	var u64 uint64
	u8--
	u16--
	u32--
	u64--
	fmt.Println(u8, u16, u32, u64)

	var up uintptr = 1
	up <<= 63
	fmt.Println(up, up<<1)

	var m int8 = -128
	fmt.Println(m/-1, m*-1, m%-1, -m)
	var by byte = 250
	by += 10
	var r rune = 0x7fffffff
	r++
	fmt.Println(by, r)

	for _, s := range [9]uint{0, 1, 7, 8, 31, 32, 63, 64, 200} {
		fmt.Println(s, int8(1)<<s, uint8(0xff)>>s, int32(-1)<<s, int64(-256)>>s, uint64(1)<<s)
	}
	n := -5
	big := 70000
	fmt.Println(n>>1, n<<1, uint8(n), uint16(n), int8(300+n), int16(big))
	m1, m2 := int8(-1), int32(-2)
	fmt.Println(int32(m1), uint32(m1), int64(uint32(1<<31)), uint64(m2))
}

// Output:
// -128 -32768 -2147483648 -9223372036854775808
// 255 65535 4294967295 18446744073709551615
// 9223372036854775808 0
// -128 -128 0 -128
// 4 -2147483648
// 0 1 255 -1 -256 1
// 1 2 127 -2 -128 2
// 7 -128 1 -128 -2 128
// 8 0 0 -256 -1 256
// 31 0 0 -2147483648 -1 2147483648
// 32 0 0 0 -1 4294967296
// 63 0 0 0 -1 9223372036854775808
// 64 0 0 0 -1 0
// 200 0 0 0 -1 0
// -3 -10 251 65531 39 4464
// -1 4294967295 2147483648 18446744073709551614
