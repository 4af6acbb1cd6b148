// append to []string (16-byte elements) one at a time and many at once: caps after each growth.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	var s []string
	last := -1
	for i := 0; i < 1500; i++ {
		s = append(s, strconv.Itoa(i))
		if cap(s) != last {
			last = cap(s)
			fmt.Print(" ", last)
		}
	}
	fmt.Println()
	fmt.Println(len(s), s[0], s[999], s[1499])

	t := []string{"a", "b", "c"}
	t = append(t, "d", "e", "f", "g")
	fmt.Println(len(t), cap(t))
	t = append(t, t...)
	fmt.Println(len(t), cap(t), t)

	var u []string
	u = append(u, "one", "two", "three", "four", "five")
	fmt.Println(len(u), cap(u))
	u = append(u, "six")
	fmt.Println(len(u), cap(u))

	many := make([]string, 37)
	var v []string
	v = append(v, many...)
	fmt.Println(len(v), cap(v))
	v = append(v, many...)
	fmt.Println(len(v), cap(v))
	v = append(v, many...)
	fmt.Println(len(v), cap(v))
}

// Output:
//  1 2 4 8 16 32 64 128 256 512 848 1280 1792
// 1500 0 999 1499
// 7 7
// 14 14 [a b c d e f g a b c d e f g]
// 5 5
// 6 10
// 37 40
// 74 80
// 111 168
