// Tests make for maps with and without a size hint (0, small, large, a variable hint) and that every form starts empty, non-nil and grows the same way.
package main

import "fmt"

func fill(m map[int]int, n int) int {
	for i := 0; i < n; i++ {
		m[i*7] = i
	}
	sum := 0
	for k, v := range m {
		sum += k - v
	}
	return sum
}

func main() {
	a := make(map[int]int)
	b := make(map[int]int, 0)
	c := make(map[int]int, 1)
	d := make(map[int]int, 8)
	e := make(map[int]int, 9)
	f := make(map[int]int, 5000)
	n := 37
	g := make(map[int]int, n)
	var h8 int8 = 100
	h := make(map[int]int, h8)
	fmt.Println(len(a), len(b), len(c), len(d), len(e), len(f), len(g), len(h))
	fmt.Println(a == nil, b == nil, f == nil, g == nil)
	for i, m := range []map[int]int{a, b, c, d, e, f, g, h} {
		s := fill(m, 50+i*10)
		fmt.Println(i, len(m), s, m[0], m[7*49], m[7*50])
	}
	s := make(map[string]string, 3)
	s["one"] = "1"
	s["two"] = "2"
	s["three"] = "3"
	s["four"] = "4"
	fmt.Println(len(s), s)
}

// Output:
// 0 0 0 0 0 0 0 0
// false false false false
// 0 50 7350 0 49 0
// 1 60 10620 0 49 50
// 2 70 14490 0 49 50
// 3 80 18960 0 49 50
// 4 90 24030 0 49 50
// 5 100 29700 0 49 50
// 6 110 35970 0 49 50
// 7 120 42840 0 49 50
// 4 map[four:4 one:1 three:3 two:2]
