// Exercises array value semantics: assignment copies, passing and returning copies, == on arrays, and arrays of strings.
package main

import "fmt"

func fill(a [4]int, v int) [4]int {
	for i := range a {
		a[i] = v
	}
	return a
}

func bump(a [4]int) { a[0]++ } // has no effect on the caller

func swapHalves(a [2][2]string) [2][2]string {
	a[0], a[1] = a[1], a[0]
	return a
}

var global [3]string

func setGlobal(v [3]string) { global = v }

func main() {
	a := [4]int{1, 2, 3, 4}
	b := a
	b[0] = 100
	bump(a)
	c := fill(a, 7)
	fmt.Println(a, b, c, a == b, c == fill(b, 7))

	s := [3]string{"x", "y", "z"}
	t := s
	t[1] += "!"
	fmt.Println(s, t, s == t, s != t, s == [3]string{"x", "y", "z"})
	setGlobal(t)
	t[2] = "changed"
	fmt.Println(global, t)

	h := [2][2]string{{"a", "b"}, {"c", "d"}}
	g := swapHalves(h)
	fmt.Println(h, g, h == swapHalves(g))
	row := h[1]
	row[0] = "C"
	fmt.Println(h[1], row)

	var zero [4]int
	fmt.Println(zero == [4]int{}, fill(zero, 0) == zero, len(zero))
	idx := 3
	a[idx] = a[idx-1] * a[idx-2]
	a[a[0]] = -1
	fmt.Println(a)
	var bs [5]byte
	for i := range bs {
		bs[i] = "hello"[i] - 32
	}
	fmt.Println(bs, string(rune(bs[0])))
	arrs := [2][3]int{}
	arrs[1] = [3]int{7, 8, 9}
	arrs[0] = arrs[1]
	arrs[1][0] = 0
	fmt.Println(arrs)
}

// Output:
// [1 2 3 4] [100 2 3 4] [7 7 7 7] false true
// [x y z] [x y! z] false true true
// [x y! z] [x y! changed]
// [[a b] [c d]] [[c d] [a b]] true
// [c d] [C d]
// true true 4
// [1 -1 3 6]
// [72 69 76 76 79] H
// [[7 8 9] [0 8 9]]
