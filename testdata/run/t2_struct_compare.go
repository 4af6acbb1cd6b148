// Struct comparison with == and !=, including nested structs, arrays in structs and strings.
package main

import "fmt"

type P struct {
	X, Y int
}

type Line struct {
	A, B P
	Tag  string
}

type WithArr struct {
	v [3]int
	b bool
}

type mixed struct {
	a int8
	b int64
	c string
	d uint16
}

func main() {
	fmt.Println(P{1, 2} == P{1, 2}, P{1, 2} == P{2, 1}, P{} == P{0, 0})
	l1 := Line{P{1, 2}, P{3, 4}, "x"}
	l2 := l1
	fmt.Println(l1 == l2)
	l2.B.Y = 5
	fmt.Println(l1 == l2, l1 != l2)
	l2.B.Y = 4
	l2.Tag = "x"[:0] + "x"
	fmt.Println(l1 == l2)
	l2.Tag = "y"
	fmt.Println(l1 == l2)

	w1 := WithArr{[3]int{1, 2, 3}, true}
	w2 := WithArr{[3]int{1, 2, 3}, true}
	fmt.Println(w1 == w2)
	w2.v[2] = 0
	fmt.Println(w1 == w2)

	m1 := mixed{-1, 1 << 40, "abc", 65535}
	m2 := mixed{-1, 1 << 40, "ab" + "c", 65535}
	fmt.Println(m1 == m2)
	m2.a = 1
	fmt.Println(m1 == m2)

	pts := []P{{1, 1}, {2, 2}, {1, 1}, {3, 3}}
	target := P{1, 1}
	n := 0
	for _, p := range pts {
		if p == target {
			n++
		}
	}
	fmt.Println(n)

	arr1 := [2]P{{1, 2}, {3, 4}}
	arr2 := [2]P{{1, 2}, {3, 4}}
	fmt.Println(arr1 == arr2)
	pp1, pp2 := &P{1, 2}, &P{1, 2}
	fmt.Println(pp1 == pp2, *pp1 == *pp2)
	var e1, e2 struct{}
	fmt.Println(e1 == e2)
}

// Output:
// true false true
// true
// false true
// true
// false
// true
// false
// true
// false
// 2
// true
// false true
// true
