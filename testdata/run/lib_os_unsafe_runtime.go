// Exercises os.Args, unsafe.Sizeof/Offsetof/Alignof/Pointer, and runtime GC, GOOS and ReadMemStats.
package main

import (
	"fmt"
	"os"
	"runtime"
	"unsafe"
)

type S struct {
	a bool
	b int64
	c uint8
	d int32
	e string
	f []int
}

var sink []byte

func main() {
	fmt.Println(len(os.Args), len(os.Args[0]) > 0)
	var s S
	fmt.Println(unsafe.Sizeof(s.a), unsafe.Sizeof(s.b), unsafe.Sizeof(s.c), unsafe.Sizeof(s.d))
	fmt.Println(unsafe.Sizeof(s.e), unsafe.Sizeof(s.f), unsafe.Sizeof(s))
	fmt.Println(unsafe.Offsetof(s.a), unsafe.Offsetof(s.b), unsafe.Offsetof(s.c), unsafe.Offsetof(s.d), unsafe.Offsetof(s.e), unsafe.Offsetof(s.f))
	fmt.Println(unsafe.Alignof(s.a), unsafe.Alignof(s.d), unsafe.Alignof(s), unsafe.Sizeof(struct{}{}))
	var i interface{}
	var m map[int]int
	var p *int
	var arr [3]int16
	fmt.Println(unsafe.Sizeof(i), unsafe.Sizeof(m), unsafe.Sizeof(p), unsafe.Sizeof(arr), unsafe.Sizeof(uintptr(0)))
	const size = unsafe.Sizeof(int32(0)) * 2 // a constant expression
	fmt.Println(size)

	x := [2]int32{7, 9}
	up := unsafe.Pointer(&x[0])
	second := (*int32)(unsafe.Pointer(uintptr(up) + unsafe.Sizeof(x[0])))
	fmt.Println(*second)

	fmt.Println(runtime.GOOS, len(runtime.GOARCH) > 0)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for i := 0; i < 100; i++ {
		sink = make([]byte, 1<<16)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	fmt.Println(after.NumGC > before.NumGC, after.Mallocs >= after.Frees, after.TotalAlloc > before.TotalAlloc)
	fmt.Println(after.Sys > 0, after.HeapAlloc > 0, after.Alloc == after.HeapAlloc)
}

// Output:
// 1 true
// 1 8 1 4
// 16 24 64
// 0 8 16 20 24 40
// 1 4 8 0
// 16 8 8 6 8
// 8
// 9
// linux true
// true true true
// true true true
