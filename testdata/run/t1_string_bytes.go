// Exercises string indexing: s[i] is a byte, len counts bytes, byte arithmetic and comparisons with rune constants.
package main

import "fmt"

func main() {
	s := "aé日\U0001F600"
	fmt.Println(len(s), len("é"), len("日"), len("\U0001F600"))
	for i := 0; i < len(s); i++ {
		fmt.Printf(" %d:%d:%x", i, s[i], s[i])
	}
	fmt.Println()
	b := s[1]
	fmt.Printf("%T %v %c %q\n", b, b, b, b)
	fmt.Println(s[0] == 'a', s[0]+1, s[0]-'a', s[len(s)-1])
	i := 3
	fmt.Println(s[i], s[i+1], s[i]>>4, s[i]&0x0f)

	// count ASCII and continuation bytes
	ascii, cont, lead := 0, 0, 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c < 0x80:
			ascii++
		case c&0xC0 == 0x80:
			cont++
		default:
			lead++
		}
	}
	fmt.Println(ascii, cont, lead)

	const k = "const"
	fmt.Println(k[0], k[len(k)-1], "lit"[1])
	var sum uint8
	for i := 0; i < len(s); i++ {
		sum += s[i]
	}
	fmt.Println(sum)
	x := "\x00\x7f\x80\xff"
	fmt.Println(len(x), x[0], x[1], x[2], x[3], x[3]+1, int(x[3])+1)
	var by byte = s[2]
	by = ^by
	fmt.Println(by, string(rune(s[0])), s[0:1])
}

// Output:
// 10 2 3 4
//  0:97:61 1:195:c3 2:169:a9 3:230:e6 4:151:97 5:165:a5 6:240:f0 7:159:9f 8:152:98 9:128:80
// uint8 195 Ã 'Ã'
// true 98 0 128
// 230 151 14 6
// 1 6 3
// 99 116 105
// 150
// 4 0 127 128 255 0 256
// 86 a a
