// string <-> []byte and []rune conversions: copies, multi-byte UTF-8, invalid bytes, rune counts.
package main

import "fmt"

func reverseRunes(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	s := "héllo, 世界"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(s), len(b), len(r))
	fmt.Println(b[:6])
	fmt.Println(r)
	fmt.Println(reverseRunes(s))

	b[0] = 'H'
	fmt.Println(s[:1], string(b[:1])) // the conversion copied

	r[len(r)-1] = '!'
	fmt.Println(string(r))

	for i, c := range "aé世" {
		fmt.Println(i, c, string(c))
	}

	bad := string([]byte{0xff, 'a', 0xc3})
	for i, c := range bad {
		fmt.Print(" ", i, ":", c)
	}
	fmt.Println()
	fmt.Println(len([]rune(bad)), []rune(bad))
	fmt.Printf("%q\n", string([]rune{0x10FFFF + 1, -1, 'x'}))

	fmt.Println(string(rune(65)), string(rune(0x4e16)), string([]byte{}) == "")
	bs := []byte("abc")
	bs = append(bs, []byte("déf")...)
	fmt.Println(string(bs), len(bs), len([]rune(string(bs))))

	count := 0
	for range "日本語テキスト" {
		count++
	}
	fmt.Println(count)
	fmt.Printf("% x\n", []byte("€"))
	fmt.Println(string([]rune("€")) == "€")
}

// Output:
// 14 14 9
// [104 195 169 108 108 111]
// [104 233 108 108 111 44 32 19990 30028]
// 界世 ,olléh
// h H
// héllo, 世!
// 0 97 a
// 1 233 é
// 3 19990 世
//  0:65533 1:97 2:65533
// 3 [65533 97 65533]
// "��x"
// A 世 true
// abcdéf 7 6
// 7
// e2 82 ac
// true
