// append to []byte one at a time and in chunks: caps follow gc's size classes for 1-byte elements.
package main

import "fmt"

func main() {
	var b []byte
	last := -1
	for i := 0; i < 5000; i++ {
		b = append(b, byte('a'+i%26))
		if cap(b) != last {
			last = cap(b)
			fmt.Print(" ", last)
		}
	}
	fmt.Println()
	fmt.Println(len(b), string(b[:30]), string(b[4990:]))

	var c []byte
	last = -1
	for i := 0; i < 300; i++ {
		c = append(c, "hello, "...)
		if cap(c) != last {
			last = cap(c)
			fmt.Print(" ", last)
		}
	}
	fmt.Println()
	fmt.Println(len(c))

	d := append([]byte("x"), "abcdefghijklmnopqrstuvwxyz"...)
	fmt.Println(len(d), cap(d), string(d))
	e := append([]byte(nil), make([]byte, 100)...)
	fmt.Println(len(e), cap(e))
	f := append(make([]byte, 0, 3), 1, 2, 3, 4)
	fmt.Println(len(f), cap(f))
	g := append([]byte{}, 'q')
	fmt.Println(len(g), cap(g))
	h := append([]byte("0123456789"), []byte("abcdefghij")...)
	fmt.Println(len(h), cap(h), string(h))
}

// Output:
//  8 16 32 64 128 256 512 896 1408 2048 3072 4096 5376
// 5000 abcdefghijklmnopqrstuvwxyzabcd yzabcdefgh
//  8 16 32 64 128 256 512 896 1408 2048 3072
// 2100
// 27 32 xabcdefghijklmnopqrstuvwxyz
// 100 112
// 4 8
// 1 8
// 20 24 0123456789abcdefghij
