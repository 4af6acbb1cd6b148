// unsafe.Sizeof, Alignof and Offsetof of structs with padding, nested structs, arrays and slices.
package main

import (
	"fmt"
	"unsafe"
)

type A struct {
	a bool
	b int64
	c bool
}

type B struct {
	a, c bool
	b    int64
}

type C struct {
	x  int8
	y  int16
	z  int32
	w  [3]byte
	s  string
	sl []int
	p  *int
}

type D struct {
	in  B
	tag uint8
	arr [2]A
}

type E struct{}

type F struct {
	n int32
	e E
}

func main() {
	var a A
	var b B
	var c C
	var d D
	fmt.Println(unsafe.Sizeof(a), unsafe.Alignof(a), unsafe.Offsetof(a.b), unsafe.Offsetof(a.c))
	fmt.Println(unsafe.Sizeof(b), unsafe.Offsetof(b.c), unsafe.Offsetof(b.b))
	fmt.Println(unsafe.Sizeof(c), unsafe.Offsetof(c.y), unsafe.Offsetof(c.z), unsafe.Offsetof(c.w))
	fmt.Println(unsafe.Offsetof(c.s), unsafe.Offsetof(c.sl), unsafe.Offsetof(c.p))
	fmt.Println(unsafe.Alignof(c.x), unsafe.Alignof(c.y), unsafe.Alignof(c.z), unsafe.Alignof(c.w), unsafe.Alignof(c.s))
	fmt.Println(unsafe.Sizeof(d), unsafe.Offsetof(d.tag), unsafe.Offsetof(d.arr), unsafe.Alignof(d))
	fmt.Println(unsafe.Sizeof(E{}), unsafe.Sizeof(F{}), unsafe.Offsetof(F{}.e))
	fmt.Println(unsafe.Sizeof(c.s), unsafe.Sizeof(c.sl), unsafe.Sizeof(c.p), unsafe.Sizeof([5]int16{}))
	fmt.Println(unsafe.Sizeof(int8(0)), unsafe.Sizeof(uint16(0)), unsafe.Sizeof(rune(0)), unsafe.Sizeof(uintptr(0)))
	const k = unsafe.Sizeof(A{}) * 2
	var arr [k]byte
	fmt.Println(len(arr), unsafe.Sizeof(arr))
	fmt.Println(unsafe.Sizeof(struct {
		a byte
		b [0]int64
	}{}))
}

// Output:
// 24 8 8 16
// 16 1 8
// 64 2 4 8
// 16 32 56
// 1 2 4 1 8
// 72 16 24 8
// 0 8 4
// 16 24 8 10
// 1 2 4 8
// 48 48
// 16
