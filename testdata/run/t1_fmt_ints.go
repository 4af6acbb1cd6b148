// Exercises fmt's integer verbs %d %b %o %O %x %X %c %q %U %v on every integer type, including extremes.
package main

import "fmt"

func main() {
	var i8 int8 = -128
	var i16 int16 = -32768
	var i32 int32 = -2147483648
	var i64 int64 = -9223372036854775808
	var u8 uint8 = 255
	var u16 uint16 = 65535
	var u32 uint32 = 4294967295
	var u64 uint64 = 18446744073709551615
	var up uintptr = 0xdead
	var n int = 42
	var u uint = 42

	fmt.Printf("%d %d %d %d\n", i8, i16, i32, i64)
	fmt.Printf("%d %d %d %d %d\n", u8, u16, u32, u64, up)
	fmt.Printf("%v %v %v %v %v %v\n", i8, u8, i64, u64, n, u)
	fmt.Printf("%b %b %b\n", i8, u8, n)
	fmt.Printf("%o %o %O %O %O\n", i16, u16, n, -n, 0)
	fmt.Printf("%x %X %x %X\n", i32, u32, i64, u64)
	fmt.Printf("%x %X %x\n", -255, -255, up)
	fmt.Printf("%c %c %c %c\n", 71, 0x6F, 0x263A, 0x1F600)
	fmt.Printf("%q %q %q %q %q\n", 65, 0x7, 0x263A, 0x10FFFF, 0x110000)
	fmt.Printf("%U %U %U\n", 0x41, 0x1F600, -1)
	fmt.Printf("%d %x %o %b\n", 0, 0, 0, 0)

	// byte and rune values are integers to fmt
	var b byte = 'A'
	var r rune = 'é'
	fmt.Printf("%d %v %c %q %x %U\n", b, b, b, b, b, b)
	fmt.Printf("%d %v %c %q %x %U\n", r, r, r, r, r, r)

	// typed constants and untyped constants
	const big = 1 << 62
	fmt.Printf("%d %x %b\n", big, big, big>>58)
	fmt.Printf("%d|%d|%d\n", 'x', int8(-1), uint8(1)<<7)
	// %v and %d agree
	for _, v := range [4]int64{0, -1, 1000000, -9223372036854775807} {
		fmt.Print(fmt.Sprintf("%v", v) == fmt.Sprintf("%d", v), " ")
	}
	fmt.Println(fmt.Sprint(u64) == fmt.Sprintf("%d", u64))
}

// Output:
// -128 -32768 -2147483648 -9223372036854775808
// 255 65535 4294967295 18446744073709551615 57005
// -128 255 -9223372036854775808 18446744073709551615 42 42
// -10000000 11111111 101010
// -100000 177777 0o52 -0o52 0o0
// -80000000 FFFFFFFF -8000000000000000 FFFFFFFFFFFFFFFF
// -ff -FF dead
// G o ☺ 😀
// 'A' '\a' '☺' '\U0010ffff' '�'
// U+0041 U+1F600 U+FFFFFFFFFFFFFFFF
// 0 0 0 0
// 65 65 A 'A' 41 U+0041
// 233 233 é 'é' e9 U+00E9
// 4611686018427387904 4000000000000000 10000
// 120|-1|128
// true true true true true
