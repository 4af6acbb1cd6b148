// Exercises %c %q %U %#U %x on runes: control characters, non-printables, surrogates, invalid values and flags.
package main

import "fmt"

func main() {
	runes := [12]rune{'a', '\'', '"', '\\', '\n', '\x00', 0x7f, 0xa0, 'é', 0x2028, 0xFEFF, 0x1F600}
	for _, r := range runes {
		fmt.Printf("%d %q %+q %#q %U %#U %x\n", r, r, r, r, r, r, r)
	}
	bad := [4]rune{0xD800, 0x110000, -1, 0x7fffffff}
	for _, r := range bad {
		fmt.Printf("%d %q %+q %U %c|\n", r, r, r, r, r)
	}
	fmt.Printf("[%5c] [%-5c] [%5q] [%-8U] [%12#U]\n", 'é', '日', 'x', 'a', '日')
	fmt.Printf("%c%c%c%c\n", 'G', 'o', 0x8bed, 0x8a00)
	var b byte = 'k'
	fmt.Printf("%c %q %U %#U\n", b, b, b, b)
	fmt.Printf("%q %#q %+q\n", '`', '`', '☺')
	var i8 int8 = -1
	var u64 uint64 = 0x10FFFF
	fmt.Printf("%q|%+q|%U|%q|%c\n", u64, u64, i8, i8, u64-0x10FFFF+'z')
}

// Output:
// 97 'a' 'a' 'a' U+0061 U+0061 'a' 61
// 39 '\'' '\'' '\'' U+0027 U+0027 ''' 27
// 34 '"' '"' '"' U+0022 U+0022 '"' 22
// 92 '\\' '\\' '\\' U+005C U+005C '\' 5c
// 10 '\n' '\n' '\n' U+000A U+000A a
// 0 '\x00' '\x00' '\x00' U+0000 U+0000 0
// 127 '\x7f' '\x7f' '\x7f' U+007F U+007F 7f
// 160 '\u00a0' '\u00a0' '\u00a0' U+00A0 U+00A0 a0
// 233 'é' '\u00e9' 'é' U+00E9 U+00E9 'é' e9
// 8232 '\u2028' '\u2028' '\u2028' U+2028 U+2028 2028
// 65279 '\ufeff' '\ufeff' '\ufeff' U+FEFF U+FEFF feff
// 128512 '😀' '\U0001f600' '😀' U+1F600 U+1F600 '😀' 1f600
// 55296 '�' '\ufffd' U+D800 �|
// 1114112 '�' '\ufffd' U+110000 �|
// -1 '�' '\ufffd' U+FFFFFFFFFFFFFFFF �|
// 2147483647 '�' '\ufffd' U+7FFFFFFF �|
// [    é] [日    ] [  'x'] [U+0061  ] [%!#(int32=       26085)U]
// Go语言
// k 'k' U+006B U+006B 'k'
// '`' '`' '\u263a'
// '\U0010ffff'|'\U0010ffff'|U+FFFFFFFFFFFFFFFF|'�'|z
