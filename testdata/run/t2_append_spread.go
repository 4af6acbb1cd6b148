// append(s, t...) with slices, strings into []byte, self-append, and appending to subslices.
package main

import "fmt"

func main() {
	a := []int{1, 2, 3}
	b := []int{4, 5}
	c := append(a, b...)
	fmt.Println(c, len(c), cap(c), a)

	c = append(c, c...)
	fmt.Println(c, len(c), cap(c))

	var none []int
	d := append(a, none...)
	fmt.Println(d, len(d), cap(d))

	bs := []byte("go")
	bs = append(bs, "pher"...)
	bs = append(bs, '!')
	fmt.Println(string(bs), len(bs), cap(bs))
	bs = append(bs[:2], "lang"...)
	fmt.Println(string(bs))

	x := make([]int, 3, 10)
	y := append(x, 7)
	z := append(x, 8) // overwrites y's element: shared array
	fmt.Println(y, z, y[3] == z[3])

	p := []int{0, 1, 2, 3, 4, 5}
	q := append(p[:2], p[4:]...) // delete 2 and 3 in place
	fmt.Println(q, p)

	r := []int{1, 2, 3, 4}
	r = append(r[:1], append([]int{9, 9}, r[1:]...)...) // insert
	fmt.Println(r, len(r))

	words := []string{"a"}
	more := []string{"b", "c"}
	words = append(words, more...)
	words = append(words[:1], words[2:]...)
	fmt.Println(words, len(words))

	e := append([]byte{}, ""...)
	fmt.Println(len(e), e == nil)
	var nb []byte
	nb = append(nb, ""...)
	fmt.Println(len(nb), nb == nil)
}

// Output:
// [1 2 3 4 5] 5 6 [1 2 3]
// [1 2 3 4 5 1 2 3 4 5] 10 12
// [1 2 3] 3 3
// gopher! 7 8
// golang
// [0 0 0 8] [0 0 0 8] true
// [0 1 4 5] [0 1 4 5 4 5]
// [1 9 9 2 3 4] 6
// [a c] 2
// 0 false
// 0 true
