// copy: return value, shorter source or destination, overlapping ranges both ways, strings.
package main

import "fmt"

func main() {
	a := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	n := copy(a[2:], a) // forward overlap: memmove semantics
	fmt.Println(n, a)

	b := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	n = copy(b, b[3:]) // backward overlap
	fmt.Println(n, b)

	c := make([]int, 3)
	n = copy(c, []int{7, 8, 9, 10, 11})
	fmt.Println(n, c)
	d := make([]int, 6)
	n = copy(d, []int{1, 2})
	fmt.Println(n, d)

	n = copy(d, d)
	fmt.Println(n, d)
	n = copy(d[:0], c)
	fmt.Println(n)
	var nilS []int
	n = copy(nilS, c)
	fmt.Println(n)

	bs := make([]byte, 5)
	n = copy(bs, "hello, world")
	fmt.Println(n, string(bs))
	n = copy(bs[3:], "XYZ")
	fmt.Println(n, string(bs))

	s := []byte("abcdefgh")
	copy(s[1:], s[:len(s)-1])
	fmt.Println(string(s))
	copy(s, s[4:])
	fmt.Println(string(s))

	type pt struct{ x, y int }
	ps := []pt{{1, 1}, {2, 2}, {3, 3}, {4, 4}}
	copy(ps[1:], ps)
	fmt.Println(ps)

	strs := []string{"a", "b", "c", "d", "e"}
	copy(strs[2:], strs)
	fmt.Println(strs)
	big := make([]int, 1000)
	for i := range big {
		big[i] = i
	}
	copy(big[1:], big)
	fmt.Println(big[0], big[1], big[500], big[999])
}

// Output:
// 8 [0 1 0 1 2 3 4 5 6 7]
// 7 [3 4 5 6 7 8 9 7 8 9]
// 3 [7 8 9]
// 2 [1 2 0 0 0 0]
// 6 [1 2 0 0 0 0]
// 0
// 0
// 5 hello
// 2 helXY
// aabcdefg
// defgdefg
// [{1 1} {1 1} {2 2} {3 3}]
// [a b a b c]
// 0 0 499 998
