// Exercises fmt verbs, flags, widths and precisions on the subset's types.
package main

import "fmt"

type color uint8

func main() {
	n := 255
	fmt.Printf("%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%#X|%o|%#o|%O|%b|%#b\n",
		n, n, n, n, n, n, n, n, n, n, n, n, n, n, n)
	fmt.Printf("%d|%+d|% d|%05d|%x|%-8b|%.4d|%8.3d|%+.2d\n", -42, -42, -42, -42, -42, 5, 7, 7, 7)
	fmt.Printf("%*d|%-*d|%0*d\n", 6, 12, 6, 12, 6, 12)
	fmt.Printf("%c|%c|%c|%q|%q|%U|%#U|%x\n", 'A', 0x65e5, 0x1F600, 'x', '\n', 0x1F600, 'é', 'é')
	s := "héllo"
	fmt.Printf("%s|%10s|%-10s|%.2s|%q|%x|% x|%X|%#q|%+q\n", s, s, s, s, s, s, "hi", "hi", "back`q", s)
	fmt.Printf("%t|%v|%6t|%-6t|\n", true, false, true, false)
	fmt.Printf("%v|%d|%x|%s\n", [2]int{1, 2}, [2]int{10, 11}, "AZ", [2]string{"a", "b"})
	p := [2]int{1, -2}
	fmt.Printf("%v|%+v|%#v\n", p, p, p)
	fmt.Printf("%#v|%#v|%#v|%#v\n", [1]int{1}, [2]string{"b", "a"}, "q", 42)
	fmt.Printf("%#v|%#v|%#v\n", [2]bool{true}, color(3), [0]int{})
	fmt.Printf("%T|%T|%T|%T|%T|%T\n", n, s, p, int8(0), uintptr(0), [2][3]string{})
	fmt.Printf("%T|%T|%T|%T|%T\n", 'x', uint16(1), [3]int{}, true, color(1))
	fmt.Printf("%v|%d|%v|%v\n", [2]bool{true, false}, [3]int{7, 8, 9}, [2][2]int{{1}, {2, 3}}, [0]int{})
	fmt.Printf("100%%|%5.1q|%-4c|%3c|\n", "abc", 'z', 'y')
	fmt.Printf("%x|%X|%o|%b|%d\n", uint64(1)<<63, int8(-1), int64(-8), uint8(5), uintptr(9))
	fmt.Printf("%08.3d|%-08d|%+08d|% 08d\n", 5, 5, 5, 5)
	fmt.Println(fmt.Sprintf("%3d|%-3d|", 1, 2), fmt.Sprintf("%s", "x"))
}

// Output:
// 255|  255|255  |00255|+255| 255|ff|FF|0xff|0XFF|377|0377|0o377|11111111|0b11111111
// -42|-42|-42|-0042|-2a|101     |0007|     007|+07
//     12|12    |000012
// A|日|😀|'x'|'\n'|U+1F600|U+00E9 'é'|e9
// héllo|     héllo|héllo     |hé|"héllo"|68c3a96c6c6f|68 69|6869|"back`q"|"h\u00e9llo"
// true|false|  true|false |
// [1 2]|[10 11]|415a|[a b]
// [1 -2]|[1 -2]|[2]int{1, -2}
// [1]int{1}|[2]string{"b", "a"}|"q"|42
// [2]bool{true, false}|0x3|[0]int{}
// int|string|[2]int|int8|uintptr|[2][3]string
// int32|uint16|[3]int|bool|main.color
// [true false]|[7 8 9]|[[1 0] [2 3]]|[]
// 100%|  "a"|z   |  y|
// 8000000000000000|-1|-10|101|9
//      005|5       |+0000005| 0000005
//   1|2  | x
