// Pointers into slices: &s[i] aliases the backing array until append reallocates.
package main

import "fmt"

type item struct {
	id    int
	count int
}

func bump(p *int) { *p *= 2 }

func main() {
	s := []int{1, 2, 3, 4}
	p := &s[2]
	*p = 30
	fmt.Println(s)
	bump(&s[0])
	fmt.Println(s)

	s2 := make([]int, 2, 2)
	q := &s2[0]
	s2 = append(s2, 5) // reallocates: q points into the old array
	*q = 42
	fmt.Println(s2, *q)

	s3 := make([]int, 2, 10)
	r := &s3[1]
	s3 = append(s3, 7) // no reallocation: r still aliases
	*r = 8
	fmt.Println(s3)

	items := []item{{1, 0}, {2, 0}, {3, 0}}
	for i := range items {
		it := &items[i]
		it.count = it.id * 11
	}
	fmt.Println(items)

	for _, it := range items {
		it.count = 0 // a copy: no effect
	}
	fmt.Println(items)

	ptrs := []*item{}
	for i := range items {
		ptrs = append(ptrs, &items[i])
	}
	ptrs[1].count = -5
	fmt.Println(items[1])

	mat := [][]int{{1, 2}, {3, 4}}
	e := &mat[1][0]
	*e = 33
	fmt.Println(mat)
}

// Output:
// [1 2 30 4]
// [2 2 30 4]
// [0 0 5] 42
// [0 8 7]
// [{1 11} {2 22} {3 33}]
// [{1 11} {2 22} {3 33}]
// {2 -5}
// [[1 2] [33 4]]
