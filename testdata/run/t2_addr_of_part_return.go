// Pointers into a local struct's field and a local array's element, and a slice of a local array, returned: the variables must outlive the call.
package main

import "fmt"

type S struct{ a, b int }

func f(n int) *int {
	s := S{n, n + 1}
	return &s.b
}

func g(n int) []int {
	arr := [3]int{n, n, n}
	return arr[:]
}

func h(n int) *int {
	arr := [3]int{n, n, n}
	return &arr[1]
}

func main() {
	p, q := f(1), f(10)
	a, b := g(2), g(20)
	x, y := h(3), h(30)
	fmt.Println(*p, *q, a, b, *x, *y)
}

// Output:
// 2 11 [2 2 2] [20 20 20] 3 30
