// Exercises composite literals: arrays, indexed arrays, slices, maps with elided types, pointer elements, nesting.
package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	a := [...]int{1, 2, 3}
	b := [5]int{2: 1, 4: 2}
	c := [...]string{3: "d", 1: "b"}
	d := [...]int{5, 2: 7, 8}
	fmt.Println(len(a), a, b, len(c), c, d)

	s := []int{9, 8, 7}
	sp := []*Point{{1, 2}, {3, 4}, nil}
	fmt.Println(s, *sp[0], sp[1].Y, sp[2] == nil)
	ss := [][]int{{1}, {2, 3}, {}, nil}
	fmt.Println(ss, len(ss[2]), ss[3] == nil)
	arrOfArr := [2][3]int{{1, 2, 3}, {4}}
	fmt.Println(arrOfArr)

	m := map[Point]string{{1, 2}: "a", {0, 0}: "origin"}
	fmt.Println(m, m[Point{1, 2}])
	mp := map[string]Point{"x": {1, 0}, "y": {Y: 1}}
	fmt.Println(mp)
	mpp := map[*int]int{}
	fmt.Println(len(mpp))
	ms := map[string][]int{"odd": {1, 3}, "even": {2, 4}}
	fmt.Println(ms)
	mm := map[string]map[string]int{"a": {"x": 1}, "b": {}}
	fmt.Println(mm)
	ma := map[[2]int]bool{{1, 2}: true}
	fmt.Println(ma[[2]int{1, 2}], ma[[2]int{2, 1}])

	type Line struct {
		From, To Point
		Tags     []string
	}
	lines := []Line{
		{Point{0, 0}, Point{1, 1}, []string{"diag"}},
		{From: Point{2, 2}, Tags: nil},
	}
	fmt.Printf("%+v\n", lines)
	pl := &[]Point{{5, 5}}
	fmt.Println((*pl)[0], len(*pl))
	pa := &[2]int{1, 2}
	fmt.Println(pa[1], *pa)
	ptrs := [...]*Point{{7, 7}}
	fmt.Println(*ptrs[0])
	fs := []func() int{func() int { return 1 }, func() int { return 2 }}
	fmt.Println(fs[0]() + fs[1]())
	anon := []struct {
		K string
		V int
	}{{"a", 1}, {"b", 2}}
	fmt.Println(anon)
}

// Output:
// 3 [1 2 3] [0 0 1 0 2] 4 [ b  d] [5 0 7 8]
// [9 8 7] {1 2} 4 true
// [[1] [2 3] [] []] 0 true
// [[1 2 3] [4 0 0]]
// map[{0 0}:origin {1 2}:a] a
// map[x:{1 0} y:{0 1}]
// 0
// map[even:[2 4] odd:[1 3]]
// map[a:map[x:1] b:map[]]
// true false
// [{From:{X:0 Y:0} To:{X:1 Y:1} Tags:[diag]} {From:{X:2 Y:2} To:{X:0 Y:0} Tags:[]}]
// {5 5} 1
// 2 [1 2]
// {7 7}
// 3
// [{a 1} {b 2}]
