// Exercises typed and untyped constants: default types, implicit conversion in context, typed arithmetic and conversions.
package main

import "fmt"

const (
	Untyped          = 300
	TypedInt   int   = 300
	TypedU8    uint8 = 200
	MaxU16           = 1<<16 - 1
	Letter           = 'Q'
	Truth            = 1 < 2
	Greeting         = "hi"
	TypedBool  bool  = Untyped > 100
	ShiftedBig       = Untyped << 50 >> 48
)

func main() {
	var i16 int16 = Untyped
	var u32 uint32 = Untyped
	var r rune = Untyped
	var by byte = Untyped - 100
	fmt.Println(i16, u32, r, by, TypedInt, TypedU8)
	fmt.Printf("%T %T %T %T %T %T\n", Untyped, TypedInt, TypedU8, Letter, Truth, Greeting)
	fmt.Println(TypedU8+55, TypedU8/3, TypedU8>>1, ^TypedU8+1)
	var u16 uint16 = MaxU16
	fmt.Println(u16, ShiftedBig, MaxU16*MaxU16)
	var b byte = Letter
	var s string = Greeting + "!"
	fmt.Println(b, s, Letter+1, string(rune(Letter+1)), TypedBool)

	// untyped constants adapt to the other operand's type
	var x int8 = 100
	fmt.Println(x+27, x/7, x%7, x*1)
	var y uint64 = 1
	fmt.Println(y<<63, y<<Untyped/10, (y<<62)*2)
	// untyped float-looking constant expressions that are integers
	const half = 10 / 4
	const exact = 10 % 4
	fmt.Println(half, exact, -10/4, -10%4)
	const lvl int8 = 3
	fmt.Printf("%v %d %T\n", lvl*2, lvl, lvl)
	var arr [Untyped / 100]int
	fmt.Println(len(arr), Untyped/100*TypedInt)
	fmt.Println(TypedInt/7, int64(TypedInt)*1000000000000, uint8(TypedInt-Untyped+55))
}

// Output:
// 300 300 300 200 300 200
// int int uint8 int32 bool string
// 255 66 100 56
// 65535 1200 4294836225
// 81 hi! 82 R true
// 127 14 2 100
// 9223372036854775808 0 9223372036854775808
// 2 2 -2 -2
// 6 3 int8
// 3 900
// 42 300000000000000 55
