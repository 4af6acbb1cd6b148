// Exercises conversions between strings, bytes and runes, and between integer types.
package main

import "fmt"

type ID int64
type Name string

func main() {
	s := "héllo, 世界"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(s), len(b), len(r))
	fmt.Println(b[:3], r[:3])
	b[0] = 'H'
	fmt.Println(string(b), s)
	r[7] = '地'
	fmt.Println(string(r))
	fmt.Println(string(r[1]), string(rune(65)), string(b[1:3]))

	for i, c := range s {
		fmt.Print(" ", i, ":", string(c))
	}
	fmt.Println()
	for i := 0; i < 3; i++ {
		fmt.Print(" ", s[i])
	}
	fmt.Println()
	bad := string([]byte{0xff, 'a'})
	for _, c := range bad {
		fmt.Print(c, ",")
	}
	fmt.Println(len([]rune(bad)))

	x := 300
	fmt.Println(int8(x), uint8(x), int16(x), int64(x), uint(x))
	var id ID = ID(x) * 2
	fmt.Println(id, int(id)+1)
	var n Name = Name("gosub")
	fmt.Println(n, string(n)+"!", len(n))
	bs := []byte("abc")
	nb := Name(bs)
	fmt.Println(nb, []byte(nb))
	var u uint32 = 0xFFFFFFFF
	fmt.Println(int32(u), int64(u), uint16(u), byte(u))
	neg := -1
	fmt.Println(uint64(neg), uint8(neg), uintptr(uint8(neg)))
	fmt.Println(string(rune(0x10FFFF+1)) == "\uFFFD", []byte("é"))
}

// Output:
// 14 14 9
// [104 195 169] [104 233 108]
// Héllo, 世界 héllo, 世界
// héllo, 地界
// é A é
//  0:h 1:é 3:l 4:l 5:o 6:, 7:  8:世 11:界
//  104 195 169
// 65533,97,2
// 44 44 300 300 300
// 600 601
// gosub gosub! 5
// abc [97 98 99]
// -1 4294967295 65535 255
// 18446744073709551615 255 255
// true [195 169]
