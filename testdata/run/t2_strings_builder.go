// strings.Builder: WriteString, WriteByte, WriteRune, Len, String, Grow and Cap.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	var b strings.Builder
	fmt.Println(b.Len(), b.Cap(), b.String() == "")
	b.WriteString("hello")
	b.WriteByte(',')
	b.WriteByte(' ')
	b.WriteRune('w')
	b.WriteRune('ö')
	b.WriteRune('世')
	b.WriteString("rld")
	fmt.Println(b.String(), b.Len())

	var g strings.Builder
	g.Grow(100)
	fmt.Println(g.Len(), g.Cap() >= 100)
	for i := 0; i < 10; i++ {
		g.WriteByte(byte('0' + i))
	}
	fmt.Println(g.String(), g.Len(), g.Cap() >= 100)

	var c strings.Builder
	last := -1
	for i := 0; i < 2000; i++ {
		c.WriteByte('x')
		if c.Cap() != last {
			last = c.Cap()
			fmt.Print(" ", last)
		}
	}
	fmt.Println()
	fmt.Println(c.Len(), len(c.String()))

	s1 := b.String()
	b.WriteString("!!")
	fmt.Println(s1, b.String())
	b = strings.Builder{}
	fmt.Println(b.Len(), b.String() == "", s1)

	var t strings.Builder
	for i := 0; i < 5; i++ {
		if i > 0 {
			t.WriteString(", ")
		}
		t.WriteString(strconv.Itoa(i))
		t.WriteString("^2=")
		t.WriteString(strconv.Itoa(i * i))
	}
	fmt.Println(t.String())
	t.WriteString("abc")
	t.WriteRune('é')
	fmt.Println(t.Len(), t.String()[t.Len()-5:])
}

// Output:
// 0 0 true
// hello, wö世rld 16
// 0 true
// 0123456789 10 true
//  8 16 32 64 128 256 512 896 1408 2048
// 2000 2000
// hello, wö世rld hello, wö世rld!!
// 0 true hello, wö世rld
// 0^2=0, 1^2=1, 2^2=4, 3^2=9, 4^2=16
// 39 abcé
