// Exercises integer literals in every base, rune escapes, string escapes and raw strings.
package main

import "fmt"

func main() {
	fmt.Println(0x1F, 0x1f, 0o17, 0b1011, 0777, 017, 0)
	fmt.Println(1_000_000, 0x_FF_FF, 0b_1010_1010, 0o_7_7, 0_7_7, 1_0)
	fmt.Println(0xdeadBEEF, 9223372036854775807, -9223372036854775808)

	runes := [...]rune{'\a', '\b', '\f', '\n', '\r', '\t', '\v', '\\', '\'', '"',
		'\x41', '\101', '\u00e9', '\U0001F600', 'é', '日', 'a', '\000', '\xff'}
	for i, r := range runes {
		fmt.Printf(" %d:%d:%q", i, r, r)
	}
	fmt.Println()

	s := "tab\there \"quoted\" back\\slash \x41\102\u00e9\U0001F600 nul\000end \xff"
	fmt.Println(len(s))
	fmt.Printf("%q\n", s)
	fmt.Printf("%x\n", "\a\b\f\n\r\t\v\\\"\x7f\377")
	fmt.Printf("%q\n", '\'')

	raw := `first line \n not an escape
	second "line" with 'quotes'
third` + "`" + `backquote`
	fmt.Printf("%q\n", raw)
	fmt.Println(len(``), len(`\`), `a\tb`)
	multi := `
`
	fmt.Println(len(multi), multi == "\n")
	var b byte = 'z'
	fmt.Println(b, 'z'-'a', "日本語"[3], len("日本語"))
}

// Output:
// 31 31 15 11 511 15 0
// 1000000 65535 170 63 63 10
// 3735928559 9223372036854775807 -9223372036854775808
//  0:7:'\a' 1:8:'\b' 2:12:'\f' 3:10:'\n' 4:13:'\r' 5:9:'\t' 6:11:'\v' 7:92:'\\' 8:39:'\'' 9:34:'"' 10:65:'A' 11:65:'A' 12:233:'é' 13:128512:'😀' 14:233:'é' 15:26085:'日' 16:97:'a' 17:0:'\x00' 18:255:'ÿ'
// 47
// "tab\there \"quoted\" back\\slash ABé😀 nul\x00end \xff"
// 07080c0a0d090b5c227fff
// '\''
// "first line \\n not an escape\n\tsecond \"line\" with 'quotes'\nthird`backquote"
// 0 1 a\tb
// 1 true
// 122 25 230 9
