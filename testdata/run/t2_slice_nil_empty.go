// nil versus empty slices: len, cap, == nil, append, range, printing, slicing and make(.., 0).
package main

import "fmt"

func describe(name string, s []int) {
	fmt.Printf("%s: nil=%v len=%d cap=%d %v\n", name, s == nil, len(s), cap(s), s)
}

func maybe(n int) []int {
	if n == 0 {
		return nil
	}
	return make([]int, n)
}

func main() {
	var a []int
	b := []int{}
	c := make([]int, 0)
	d := make([]int, 0, 5)
	describe("a", a)
	describe("b", b)
	describe("c", c)
	describe("d", d)
	describe("a[:]", a[:])
	describe("b[:0]", b[:0])
	describe("d[:0]", d[:0])

	for range a {
		fmt.Println("never")
	}
	a = append(a, 1)
	describe("a+1", a)
	describe("maybe0", maybe(0))
	describe("maybe2", maybe(2))

	var ss []string
	fmt.Printf("%q %v %d\n", ss, ss == nil, len(ss))
	ss = append(ss, "")
	fmt.Printf("%q %v %d\n", ss, ss == nil, len(ss))

	var bs []byte
	fmt.Println(string(bs) == "", len(string(bs)))
	bs2 := []byte("")
	fmt.Println(bs2 == nil, len(bs2))

	var x []int
	x = append(x, []int{}...)
	fmt.Println(x == nil)
	y := a[1:]
	fmt.Println(y == nil, len(y), cap(y))
	var nn [][]int
	nn = append(nn, nil, []int{}, nil)
	for i, v := range nn {
		fmt.Println(i, v == nil, len(v))
	}
}

// Output:
// a: nil=true len=0 cap=0 []
// b: nil=false len=0 cap=0 []
// c: nil=false len=0 cap=0 []
// d: nil=false len=0 cap=5 []
// a[:]: nil=true len=0 cap=0 []
// b[:0]: nil=false len=0 cap=0 []
// d[:0]: nil=false len=0 cap=5 []
// a+1: nil=false len=1 cap=1 [1]
// maybe0: nil=true len=0 cap=0 []
// maybe2: nil=false len=2 cap=2 [0 0]
// [] true 0
// [""] false 1
// true 0
// false 0
// true
// false 0 0
// 0 true 0
// 1 false 0
// 2 true 0
