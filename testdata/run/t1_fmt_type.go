// Exercises %T for every T1 type: sized integers, aliases byte and rune, strings, bools, arrays and untyped constants' defaults.
package main

import "fmt"

func main() {
	var (
		i   int
		i8  int8
		i16 int16
		i32 int32
		i64 int64
		u   uint
		u8  uint8
		u16 uint16
		u32 uint32
		u64 uint64
		up  uintptr
		by  byte
		r   rune
		s   = "str"
		b   bool
	)
	fmt.Printf("%T %T %T %T %T\n", i, i8, i16, i32, i64)
	fmt.Printf("%T %T %T %T %T %T\n", u, u8, u16, u32, u64, up)
	fmt.Printf("%T %T %T %T\n", by, r, s, b)
	fmt.Printf("%T %T %T %T %T\n", 1, 'x', "s", true, 1<<40)
	fmt.Printf("%T %T %T\n", 2 > 1, "a"+"b", 'a'+1)
	fmt.Printf("%T %T %T %T\n", [3]int{}, [2][4]uint8{}, [0]string{}, [1][1][1]bool{})
	fmt.Printf("%T %T %T\n", [2]byte{}, [2]rune{}, [2]uintptr{})
	fmt.Printf("%T %T %T %T\n", s[0], s+"x", len(s), r+1)
	fmt.Printf("%T %T %T\n", i8+1, u16<<3, i64>>u8)
	fmt.Printf("%T %T\n", int32(by), string(r))
	fmt.Printf("%10T|%-10T|%v\n", i, b, fmt.Sprintf("%T", u64))
	fmt.Println(fmt.Sprintf("%T", s) == "string", fmt.Sprintf("%T", by) == "uint8")
}

// Output:
// int int8 int16 int32 int64
// uint uint8 uint16 uint32 uint64 uintptr
// uint8 int32 string bool
// int int32 string bool int
// bool string int32
// [3]int [2][4]uint8 [0]string [1][1][1]bool
// [2]uint8 [2]int32 [2]uintptr
// uint8 string int int32
// int8 uint16 int64
// int32 string
//        int|bool      |uint64
// true true
