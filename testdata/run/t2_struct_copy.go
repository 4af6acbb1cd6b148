// Struct values are copied on assignment, on calls, on return, and in range loops.
package main

import "fmt"

type Vec struct {
	X, Y, Z int
	Tags    [2]string
}

func modify(v Vec) Vec {
	v.X = 100
	v.Tags[0] = "mod"
	return v
}

func modifyPtr(v *Vec) {
	v.X = 200
	v.Tags[1] = "ptr"
}

type Holder struct {
	v  Vec
	sl []int
}

func main() {
	a := Vec{1, 2, 3, [2]string{"a", "b"}}
	b := a
	b.X = 9
	b.Tags[0] = "z"
	fmt.Println(a, b)

	c := modify(a)
	fmt.Println(a, c)
	modifyPtr(&a)
	fmt.Println(a)

	h1 := Holder{a, []int{1, 2, 3}}
	h2 := h1
	h2.v.Y = -1
	h2.sl[0] = -1 // slices share the backing array
	fmt.Println(h1.v.Y, h2.v.Y, h1.sl, h2.sl)

	arr := [3]Vec{}
	for i := range arr {
		arr[i].X = i
	}
	arr2 := arr
	arr2[0].X = 50
	fmt.Println(arr[0].X, arr2[0].X)

	vs := []Vec{{X: 1}, {X: 2}}
	for _, v := range vs {
		v.X *= 10
	}
	fmt.Println(vs[0].X, vs[1].X)
	for i := range vs {
		vs[i].X *= 10
	}
	fmt.Println(vs[0].X, vs[1].X)

	f := func() Vec { return a }
	g := f()
	g.Z = 77
	fmt.Println(a.Z, g.Z)

	var big [8]Vec
	big[7].Tags[1] = "last"
	big2 := big
	big[7].Tags[1] = "changed"
	fmt.Println(big2[7].Tags[1], big[7].Tags[1])
}

// Output:
// {1 2 3 [a b]} {9 2 3 [z b]}
// {1 2 3 [a b]} {100 2 3 [mod b]}
// {200 2 3 [a ptr]}
// 2 -1 [-1 2 3] [-1 2 3]
// 0 50
// 1 2
// 10 20
// 3 77
// last changed
