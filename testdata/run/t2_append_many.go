// append many values at once: when the request exceeds double the cap, the new length is rounded up.
package main

import "fmt"

func show(name string, s []int) {
	fmt.Println(name, len(s), cap(s))
}

func main() {
	var s []int
	s = append(s, 1, 2, 3)
	show("a", s)
	s = append(s, 4, 5, 6, 7, 8)
	show("b", s)
	s = append(s, 9)
	show("c", s)

	big := make([]int, 1000)
	t := append([]int{1}, big...)
	show("d", t)
	t = append(t, big...)
	show("e", t)
	t = append(t, big[:300]...)
	show("f", t)

	for _, n := range []int{5, 13, 100, 257, 511, 513, 1025, 3000} {
		u := append([]int(nil), make([]int, n)...)
		v := append(make([]int, 1, 1), make([]int, n)...)
		fmt.Println(n, cap(u), cap(v))
	}

	w := make([]int, 256)
	w = append(w, 1)
	show("g", w)
	w = make([]int, 300)
	w = append(w, 1)
	show("h", w)
	w = make([]int, 1024)
	w = append(w, 1)
	show("i", w)
	w = make([]int, 4000)
	w = append(w, 1)
	show("j", w)
}

// Output:
// a 3 3
// b 8 8
// c 9 16
// d 1001 1024
// e 2001 2048
// f 2301 3072
// 5 6 6
// 13 14 14
// 100 112 112
// 257 288 288
// 511 512 512
// 513 608 608
// 1025 1184 1184
// 3000 3072 3072
// g 257 512
// h 301 608
// i 1025 1536
// j 4001 6144
