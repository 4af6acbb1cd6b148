// Exercises fmt.Println and fmt.Print with operands of every T1 type mixed together, including constants and expressions.
package main

import "fmt"

const (
	untypedInt  = 1 << 40
	untypedRune = 'r'
	untypedStr  = "const"
	untypedBool = 3 > 2
	typedU8     = uint8(250)
)

var pkgVar = [2]string{"pkg", "var"}

func main() {
	var (
		b   bool    = true
		i   int     = -1
		i8  int8    = -8
		i16 int16   = -16
		i32 int32   = -32
		i64 int64   = -64
		u   uint    = 1
		u8  uint8   = 8
		u16 uint16  = 16
		u32 uint32  = 32
		u64 uint64  = 64
		up  uintptr = 99
		by  byte    = 'b'
		r   rune    = 'é'
		s   string  = "str"
		a   [3]int  = [3]int{1, 2, 3}
	)
	fmt.Println(b, i, i8, i16, i32, i64)
	fmt.Println(u, u8, u16, u32, u64, up, by, r, s, a)
	fmt.Println(untypedInt, untypedRune, untypedStr, untypedBool, typedU8, pkgVar)
	fmt.Println(i+1, i8*i8, u8<<5, s+s, a[1]*10, r+1, by-1, !b, len(s))
	fmt.Print(b, i, s, u8, "|", a, s, "\n")
	fmt.Print(s, s, 1, 2, s, 3, "\n")
	fmt.Printf("%q\n", fmt.Sprintln("", "", ""))
	fmt.Println("quote\"d", `raw\n`, "tab\tx", "nl\\n")
	fmt.Println('a', "a", string('a'), 'a'+0, "a"[0])
	fmt.Println(1<<62, -1<<63, ^uint64(0), 0x10, 0o17, 0b101, 1_000)
	fmt.Println([2][2]bool{{true}, {false, true}}, [0]string{}, [2]string{"", ""})
	fmt.Println(int8(127)+0, uint16(65535), uint32(1<<31), int64(-1)<<62)
}

// Output:
// true -1 -8 -16 -32 -64
// 1 8 16 32 64 99 98 233 str [1 2 3]
// 1099511627776 114 const true 250 [pkg var]
// 0 64 0 strstr 20 234 97 false 3
// true -1str8|[1 2 3]str
// strstr1 2str3
// "  \n"
// quote"d raw\n tab	x nl\n
// 97 a a 97 97
// 4611686018427387904 -9223372036854775808 18446744073709551615 16 15 5 1000
// [[true false] [false true]] [] [ ]
// 127 65535 2147483648 -4611686018427387904
