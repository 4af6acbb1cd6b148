// Exercises constant expressions with huge untyped intermediates, exact constant arithmetic and typed constants.
package main

import "fmt"

const (
	Huge    = 1 << 200
	Back    = Huge >> 195            // 32
	Ratio   = Huge / (1 << 190)      // 1024
	Big     = 1000000000000000000000 // 1e21 does not fit int64
	BigDiv  = Big / 1000000000000    // 1e9 fits
	Mask64  = 1<<64 - 1
	Top     = Mask64 >> 60
	NegHuge = -Huge
	Mixed   = (Huge + 7) % 16
	Product = 123456789 * 987654321 * 1000 / 1000000
)

const (
	typed8  int8   = -1 << 7
	typedU  uint16 = 1<<16 - 1
	typedR  rune   = 'a' + 25
	typedB  byte   = '0' + 9
	untypeC        = 'x' - 'a' // untyped rune constant
)

func main() {
	fmt.Println(Back, Ratio, BigDiv, Top, Mixed, Product)
	fmt.Println(NegHuge/Huge, Huge/NegHuge, NegHuge%(Huge-1))
	var u uint64 = Mask64
	fmt.Println(u, uint64(Mask64/3), Mask64&0xff)
	fmt.Println(typed8, typedU, typedR, typedB, untypeC)
	fmt.Printf("%T %T %T %T %T\n", typed8, typedU, typedR, typedB, untypeC)
	fmt.Println(string(typedR), string(typedB))

	// constant division truncates toward zero like run time
	const a, b = -7, 2
	x, y := a, b
	fmt.Println(a/b, a%b, x/y, x%y, -a/b, a/-b, a%-b)
	// shifts of constants are exact, then converted
	const s = 3
	fmt.Println(1<<s<<60>>62, (1<<63)-1, -(1 << 63))
	var i8 int8 = 1<<7 - 1
	var i64 int64 = 1<<63 - 1
	fmt.Println(i8, i64, uint32(1<<32-1))
	fmt.Println(Huge>>199 == 2, Huge > Big, Big/(Big/1000))
	const c = 'A' + 2
	var r rune = c
	var by byte = c
	fmt.Println(c, r, by, string(r))
	fmt.Printf("%T %v %d\n", c, c, len("abc"+"de"))
	const ul = len("hello") * 1000
	var arr [len("four")]int
	fmt.Println(ul, len(arr))
}

// Output:
// 32 1024 1000000000 15 7 121932631112635
// -1 -1 -1
// 18446744073709551615 6148914691236517205 255
// -128 65535 122 57 23
// int8 uint16 int32 uint8 int32
// z 9
// -3 -1 -3 -1 3 3 -1
// 2 9223372036854775807 -9223372036854775808
// 127 9223372036854775807 4294967295
// true true 1000
// 67 67 67 C
// int32 67 5
// 5000 4
