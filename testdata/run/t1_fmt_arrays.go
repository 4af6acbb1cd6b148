// Exercises fmt on arrays: %v %+v %#v %d %x %X %q %s %c of int, byte, string and nested arrays, with widths.
package main

import "fmt"

func main() {
	ints := [4]int{1, -2, 255, 0}
	strs := [3]string{"a", "b c", ""}
	bytes := [4]byte{'G', 'o', 0, 0xff}
	runes := [3]rune{'x', 'é', '日'}
	nested := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	bools := [2]bool{true, false}
	u8s := [3]uint8{'a', 'b', 'c'}
	var empty [0]int

	fmt.Println(ints, strs, bytes, runes, nested, bools, empty)
	fmt.Printf("%v|%+v|%#v\n", ints, ints, ints)
	fmt.Printf("%v|%+v|%#v\n", strs, strs, strs)
	fmt.Printf("%v|%#v\n", nested, nested)
	fmt.Printf("%#v|%#v|%#v\n", bools, empty, runes)
	fmt.Printf("%d|%x|%X|%o|%b\n", ints, ints, ints, ints, ints)
	fmt.Printf("%5d|%-4d|%03d\n", ints, ints, ints)
	fmt.Printf("%q|%s|%x\n", strs, strs, strs)
	fmt.Printf("%v|%d|%x|%X|%q|%s\n", bytes, bytes, bytes, bytes, bytes, [2]byte{'G', 'o'})
	fmt.Printf("% x|%#x|%c\n", bytes, bytes, u8s)
	fmt.Printf("%v|%c|%q|%U|%x\n", runes, runes, runes, runes, runes)
	fmt.Printf("%x|%d\n", nested, nested)
	fmt.Printf("%T|%T|%T|%T\n", ints, bytes, nested, empty)
	fmt.Println(fmt.Sprint(ints, ints), fmt.Sprint(strs, "x", strs))
	fmt.Printf("%#v\n", [2][2]string{{"a", "b"}, {"c", "d"}})
	fmt.Printf("%#v %#v\n", [2]int8{-1, 1}, [1]uint64{18446744073709551615})
	fmt.Printf("%06d|%+d|% d\n", [2]int{1, -1}, [2]int{1, -1}, [2]int{1, -1})
	fmt.Printf("%t|%v\n", bools, [2][0]int{})
}

// Output:
// [1 -2 255 0] [a b c ] [71 111 0 255] [120 233 26085] [[1 2 3] [4 5 6]] [true false] []
// [1 -2 255 0]|[1 -2 255 0]|[4]int{1, -2, 255, 0}
// [a b c ]|[a b c ]|[3]string{"a", "b c", ""}
// [[1 2 3] [4 5 6]]|[2][3]int{[3]int{1, 2, 3}, [3]int{4, 5, 6}}
// [2]bool{true, false}|[0]int{}|[3]int32{120, 233, 26085}
// [1 -2 255 0]|[1 -2 ff 0]|[1 -2 FF 0]|[1 -2 377 0]|[1 -10 11111111 0]
// [    1    -2   255     0]|[1    -2   255  0   ]|[001 -02 255 000]
// ["a" "b c" ""]|[a b c ]|[61 622063 ]
// [71 111 0 255]|[71 111 0 255]|476f00ff|476F00FF|"Go\x00\xff"|Go
// 47 6f 00 ff|0x476f00ff|[a b c]
// [120 233 26085]|[x é 日]|['x' 'é' '日']|[U+0078 U+00E9 U+65E5]|[78 e9 65e5]
// [[1 2 3] [4 5 6]]|[[1 2 3] [4 5 6]]
// [4]int|[4]uint8|[2][3]int|[0]int
// [1 -2 255 0] [1 -2 255 0] [a b c ]x[a b c ]
// [2][2]string{[2]string{"a", "b"}, [2]string{"c", "d"}}
// [2]int8{-1, 1} [1]uint64{0xffffffffffffffff}
// [000001 -00001]|[+1 -1]|[ 1 -1]
// [true false]|[[] []]
