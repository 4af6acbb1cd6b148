// append growth for struct elements of sizes 12, 24 and 40 bytes: caps depend on size classes.
package main

import "fmt"

type s12 struct {
	a, b, c int32
}

type s24 struct {
	a, b, c int
}

type s40 struct {
	a    [4]int
	name byte
}

func main() {
	var a []s12
	last := -1
	for i := 0; i < 1000; i++ {
		a = append(a, s12{int32(i), 0, 0})
		if cap(a) != last {
			last = cap(a)
			fmt.Print(" ", last)
		}
	}
	fmt.Println()

	var b []s24
	last = -1
	for i := 0; i < 1000; i++ {
		b = append(b, s24{i, i, i})
		if cap(b) != last {
			last = cap(b)
			fmt.Print(" ", last)
		}
	}
	fmt.Println()

	var c []s40
	last = -1
	for i := 0; i < 1000; i++ {
		c = append(c, s40{name: byte(i)})
		if cap(c) != last {
			last = cap(c)
			fmt.Print(" ", last)
		}
	}
	fmt.Println()

	sum := 0
	for i := range b {
		sum += b[i].a + int(a[i].a) + int(c[i].name)
	}
	fmt.Println(sum)

	var d []s24
	d = append(d, make([]s24, 7)...)
	fmt.Println(len(d), cap(d))
	d = append(d, make([]s24, 20)...)
	fmt.Println(len(d), cap(d))
}

// Output:
//  1 2 4 8 16 32 64 128 256 512 853 1365
//  1 2 4 8 16 32 64 128 256 512 853 1365
//  1 2 4 8 16 32 67 134 272 544 1024
// 1123716
// 7 7
// 27 29
