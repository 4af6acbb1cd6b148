// Exercises fmt's string verbs %s %v %q %x %X with flags #, +, space and precision on ASCII, Unicode and invalid UTF-8.
package main

import "fmt"

func main() {
	strs := [6]string{"", "plain", "tab\there", "quote\"back\\slash", "héllo 世界", "bad\xff\x00end"}
	for i := 0; i < 5; i++ { // the last one holds invalid UTF-8: only quoted below
		s := strs[i]
		fmt.Printf("%s|%v|%q|%+q|%#q\n", s, s, s, s, s)
	}
	fmt.Printf("%q|%+q|%#q|%.4q\n", strs[5], strs[5], strs[5], strs[5])
	for _, s := range strs {
		fmt.Printf("%x|%X|% x|%# x|%#X\n", s, s, s, s, s)
	}
	fmt.Printf("%#q %#q %#q\n", "back`tick", "no tick", "new\nline")
	fmt.Printf("%q %+q\n", "\a\b\f\n\r\t\v", "\u2028\U0001F600")
	fmt.Printf("[%.3s] [%.0s] [%.10s] [%.2s] [%.1q] [%.3x]\n", "abcdef", "abc", "ab", "日本語", "日本", "abcdef")
	fmt.Printf("[%8s] [%-8s] [%8.2s] [%-8q] [%08s]\n", "abc", "abc", "abc", "abc", "abc")
	fmt.Printf("[%5s] [%-5s] [%5q]\n", "日本", "日本", "é")
	s := "mixed"
	fmt.Printf("%s %10v %-10v|\n", s, s, s)
	fmt.Printf("%s%s%s\n", "a", "", "b")
	fmt.Printf("%q\n", "\x7f\x80\u00a0\u200b")
	fmt.Printf("%x %X\n", "", "\xff")
}

// Output:
// ||""|""|``
// plain|plain|"plain"|"plain"|`plain`
// tab	here|tab	here|"tab\there"|"tab\there"|`tab	here`
// quote"back\slash|quote"back\slash|"quote\"back\\slash"|"quote\"back\\slash"|`quote"back\slash`
// héllo 世界|héllo 世界|"héllo 世界"|"h\u00e9llo \u4e16\u754c"|`héllo 世界`
// "bad\xff\x00end"|"bad\xff\x00end"|"bad\xff\x00end"|"bad\xff"
// ||||
// 706c61696e|706C61696E|70 6c 61 69 6e|0x70 0x6c 0x61 0x69 0x6e|0X706C61696E
// 7461620968657265|7461620968657265|74 61 62 09 68 65 72 65|0x74 0x61 0x62 0x09 0x68 0x65 0x72 0x65|0X7461620968657265
// 71756f7465226261636b5c736c617368|71756F7465226261636B5C736C617368|71 75 6f 74 65 22 62 61 63 6b 5c 73 6c 61 73 68|0x71 0x75 0x6f 0x74 0x65 0x22 0x62 0x61 0x63 0x6b 0x5c 0x73 0x6c 0x61 0x73 0x68|0X71756F7465226261636B5C736C617368
// 68c3a96c6c6f20e4b896e7958c|68C3A96C6C6F20E4B896E7958C|68 c3 a9 6c 6c 6f 20 e4 b8 96 e7 95 8c|0x68 0xc3 0xa9 0x6c 0x6c 0x6f 0x20 0xe4 0xb8 0x96 0xe7 0x95 0x8c|0X68C3A96C6C6F20E4B896E7958C
// 626164ff00656e64|626164FF00656E64|62 61 64 ff 00 65 6e 64|0x62 0x61 0x64 0xff 0x00 0x65 0x6e 0x64|0X626164FF00656E64
// "back`tick" `no tick` "new\nline"
// "\a\b\f\n\r\t\v" "\u2028\U0001f600"
// [abc] [] [ab] [日本] ["日"] [616263]
// [     abc] [abc     ] [      ab] ["abc"   ] [00000abc]
// [   日本] [日本   ] [  "é"]
// mixed      mixed mixed     |
// ab
// "\x7f\x80\u00a0\u200b"
//  FF
