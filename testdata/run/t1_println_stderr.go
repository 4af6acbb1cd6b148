// Exercises the println builtin's formatting on stderr (the first stderr line is compared) before an explicit panic.
package main

import "fmt"

func main() {
	var i8 int8 = -128
	var u8 uint8 = 255
	var u64 uint64 = 18446744073709551615
	var up uintptr = 4096
	var r rune = 'x'
	var b byte = 'y'
	s := "text"
	fmt.Println("stdout line")
	println("values:", i8, u8, u64, up, -9223372036854775807-1, true, false, r, b, s, len(s))
	println("second stderr line is not compared")
	print("neither is this\n")
	fmt.Println("still stdout")
	panic("stop")
}

// Output:
// stdout line
// still stdout
// Exit: 2
// Stderr: values: -128 255 18446744073709551615 4096 -9223372036854775808 true false 120 121 text 4
