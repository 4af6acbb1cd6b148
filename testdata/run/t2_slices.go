// Exercises slices: make with len/cap, append growth, copy, 2- and 3-index slicing, aliasing.
package main

import "fmt"

func main() {
	s := make([]int, 3, 10)
	fmt.Println(s, len(s), cap(s))
	t := make([]int, 2)
	fmt.Println(t, len(t), cap(t))

	var g []int
	fmt.Println(g == nil, len(g), cap(g))
	last := -1
	for i := 0; i < 1100; i++ {
		g = append(g, i)
		if cap(g) != last {
			last = cap(g)
			fmt.Print(last, ",")
		}
	}
	fmt.Println(len(g))
	b := append([]byte(nil), "hello"...)
	fmt.Println(len(b), cap(b))
	big := append([]int{1, 2}, 3, 4, 5)
	fmt.Println(big, len(big), cap(big))
	st := append([]string{}, "a", "b", "c")
	fmt.Println(st, cap(st))

	a := []int{0, 1, 2, 3, 4, 5, 6, 7}
	x := a[2:5]
	y := a[:3]
	z := a[5:]
	w := a[:]
	fmt.Println(x, len(x), cap(x), y, z, len(w))
	v := a[2:4:6]
	fmt.Println(v, len(v), cap(v))
	v = append(v, 100) // still fits: writes into a
	fmt.Println(a)
	v = append(v, 200, 300) // exceeds cap 4: copies
	v[0] = -1
	fmt.Println(a, v)
	e := a[:0:0]
	fmt.Println(len(e), cap(e))

	dst := make([]int, 3)
	n := copy(dst, a)
	fmt.Println(n, dst)
	n = copy(a[1:], a) // overlapping copy
	fmt.Println(n, a)
	bs := make([]byte, 4)
	n = copy(bs, "xyzzy")
	fmt.Println(n, string(bs))

	x[0] = 42
	fmt.Println(a[2])
	arr := [4]int{1, 2, 3, 4}
	sl := arr[1:3]
	sl[0] = 20
	fmt.Println(arr, sl, cap(sl))
	ss := make([][]int, 2)
	for i := range ss {
		ss[i] = make([]int, i+1)
	}
	fmt.Println(ss)
	a = append(a[:2], a[3:]...) // delete element 2
	fmt.Println(a, len(a))
}

// Output:
// [0 0 0] 3 10
// [0 0] 2 2
// true 0 0
// 1,2,4,8,16,32,64,128,256,512,848,1280,1100
// 5 8
// [1 2 3 4 5] 5 6
// [a b c] 3
// [2 3 4] 3 6 [0 1 2] [5 6 7] 8
// [2 3] 2 4
// [0 1 2 3 100 5 6 7]
// [0 1 2 3 100 5 6 7] [-1 3 100 200 300]
// 0 0
// 3 [0 1 2]
// 7 [0 0 1 2 3 100 5 6]
// 4 xyzz
// 42
// [1 20 3 4] [20 3] 3
// [[0] [0 0]]
// [0 0 2 3 100 5 6] 7
