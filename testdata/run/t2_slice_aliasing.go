// Aliasing through shared backing arrays: writes seen through other slices until a reallocation.
package main

import "fmt"

func zeroFirst(s []int) { s[0] = 0 }

func appendOne(s []int) []int { return append(s, 1) }

func main() {
	base := []int{1, 2, 3, 4, 5, 6}
	a := base[1:4]
	b := base[2:]
	a[1] = 30
	fmt.Println(base, a, b)
	b[0]++
	fmt.Println(a[1], base[2])

	zeroFirst(base[3:])
	fmt.Println(base)

	s := make([]int, 3, 4)
	t := appendOne(s) // fits: shares with s
	t[0] = 9
	fmt.Println(s, t)
	u := appendOne(t) // does not fit: new array
	u[0] = -9
	fmt.Println(t[0], u[0], len(u), cap(u))

	arr := [5]string{"a", "b", "c", "d", "e"}
	x := arr[1:3]
	x = append(x, "X") // writes arr[3]
	fmt.Println(arr, x)
	x = append(x, "Y", "Z") // exceeds cap 4: copies
	x[0] = "changed"
	fmt.Println(arr, x)

	grow := []int{1}
	alias := grow
	for i := 0; i < 5; i++ {
		grow = append(grow, i)
	}
	grow[0] = 100
	fmt.Println(alias, grow[0], len(alias))

	bs := []byte("hello")
	view := bs[1:3]
	view[0] = 'E'
	fmt.Println(string(bs), string(view))
	str := string(bs) // a copy
	bs[0] = 'J'
	fmt.Println(str, string(bs))
}

// Output:
// [1 2 30 4 5 6] [2 30 4] [30 4 5 6]
// 31 31
// [1 2 31 0 5 6]
// [9 0 0] [9 0 0 1]
// 9 -9 5 8
// [a b c X e] [b c X]
// [a b c X e] [changed c X Y Z]
// [1] 100 1
// hEllo El
// hEllo JEllo
