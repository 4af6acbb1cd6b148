// Exercises string(rune) conversion: valid runes, surrogates, negatives and values above U+10FFFF becoming U+FFFD.
package main

import "fmt"

func main() {
	vals := [10]rune{65, 0xe9, 0x65e5, 0x1F600, 0x10FFFF, 0x110000, 0xD800, 0xDFFF, -1, 0x7fffffff}
	for _, r := range vals {
		s := string(r)
		fmt.Printf("%d %q %d %x\n", r, s, len(s), s)
	}
	// conversions from other integer types
	var b byte = 0xe9
	var u16 uint16 = 0x4e16
	var i64 int64 = 0x1F60A
	var big int64 = 0x100000041 // rune(big) truncates to 0x41 before string() sees it
	var u32 uint32 = 0xffffffff
	var i8 int8 = -1
	fmt.Printf("%q %q %q %q %q %q\n", string(rune(b)), string(rune(u16)), string(rune(i64)), string(rune(big)), string(rune(u32)), string(rune(i8)))
	fmt.Println(string(rune(big)) == "A", string(rune(u32)) == "\uFFFD")
	s := ""
	for r := rune(0x3b1); r < 0x3b1+5; r++ {
		s += string(r)
	}
	fmt.Println(s, len(s))
	fmt.Println(string(rune('a'+1)), string(rune(0x263A)), string(rune(0)) == "\x00", len(string(rune(0))))
	const c = 'Ω'
	fmt.Println(string(c), string(rune(c+1)), "\xef\xbf\xbd" == string(rune(-5)))
	// round trip through range
	for _, r := range string(rune(0xD801)) + string(rune(0x10000)) {
		fmt.Printf(" %U", r)
	}
	fmt.Println()
}

// Output:
// 65 "A" 1 41
// 233 "é" 2 c3a9
// 26085 "日" 3 e697a5
// 128512 "😀" 4 f09f9880
// 1114111 "\U0010ffff" 4 f48fbfbf
// 1114112 "�" 3 efbfbd
// 55296 "�" 3 efbfbd
// 57343 "�" 3 efbfbd
// -1 "�" 3 efbfbd
// 2147483647 "�" 3 efbfbd
// "é" "世" "😊" "A" "�" "�"
// true true
// αβγδε 10
// b ☺ true 1
// Ω Ϊ true
//  U+FFFD U+10000
