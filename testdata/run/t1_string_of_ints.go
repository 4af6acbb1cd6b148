// string(x) for integer types of every width: the rune with that code
// point, or U+FFFD when it is not a valid one.
package main

import "fmt"

func main() {
	var a int64 = 0x4e16
	var b uint16 = 0x263a
	var c int8 = 65
	var d uint32 = 0x110000
	var e int = -1
	var f uint64 = 1<<32 + 65
	var g int32 = 0xD800
	fmt.Println(string(a), string(b), string(c), string(d) == "\uFFFD", string(e) == "\uFFFD")
	fmt.Printf("%q %q %q\n", string(f), string(g), string(rune(0x10FFFF)))
	s := ""
	for i := 0x41; i < 0x41+26; i += 5 {
		s += string(rune(i))
	}
	fmt.Println(s, len(string(uint8(200))))
}

// Output:
// 世 ☺ A true true
// "�" "�" "\U0010ffff"
// AFKPUZ 2
