// make with len and cap for several element types; zeroed contents; len/cap of arrays and strings.
package main

import "fmt"

type pair struct {
	a int
	b string
}

func main() {
	a := make([]int, 5)
	b := make([]int, 2, 8)
	c := make([]string, 3)
	d := make([]pair, 2, 3)
	e := make([]bool, 4)
	f := make([][]int, 2)
	g := make([]byte, 0, 100)
	fmt.Println(a, len(a), cap(a))
	fmt.Println(b, len(b), cap(b))
	fmt.Printf("%q %d %d\n", c, len(c), cap(c))
	fmt.Println(d, len(d), cap(d))
	fmt.Println(e, f, f[0] == nil, len(g), cap(g))

	n := 7
	m := 12
	h := make([]int, n, m)
	fmt.Println(len(h), cap(h))
	h = h[:cap(h)]
	for i := range h {
		h[i] = i
	}
	fmt.Println(h)

	var big = make([]int64, 100000)
	sum := int64(0)
	for i := range big {
		big[i] = int64(i)
		sum += big[i]
	}
	fmt.Println(sum)

	u := make([]uint16, 3)
	u[0] = 65535
	u[1] = u[0] + 2
	fmt.Println(u)

	r := make([]rune, 2)
	r[0], r[1] = 'é', 'λ'
	fmt.Println(string(r), len(string(r)))

	var arr [6]int
	fmt.Println(len(arr), cap(arr), len("héllo"))

	zero := make([]int, 0)
	fmt.Println(len(zero), cap(zero), zero == nil)
	k := uint8(3)
	z2 := make([]int, k, k*2)
	fmt.Println(len(z2), cap(z2))
}

// Output:
// [0 0 0 0 0] 5 5
// [0 0] 2 8
// ["" "" ""] 3 3
// [{0 } {0 }] 2 3
// [false false false false] [[] []] true 0 100
// 7 12
// [0 1 2 3 4 5 6 7 8 9 10 11]
// 4999950000
// [65535 1 0]
// éλ 4
// 6 6 6
// 0 0 false
// 3 6
