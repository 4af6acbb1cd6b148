package main

import "fmt"

func main() {
	a := make([]int, 3, 4)
	b := append(a, 1) // fits: b shares a's backing array
	c := append(a, 2) // fits too, and writes the same element
	fmt.Println(b[3], c[3])

	d := append(b, 3) // b is full: d gets a new, bigger array
	d[0] = 99
	fmt.Println(a[0], d[0], len(d), cap(d))

	t := a[1:2] // len 1, cap 3: the rest of a's array
	t = append(t, 7)
	fmt.Println(a, t, len(t), cap(t))
}
