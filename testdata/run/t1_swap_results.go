// Exercises swapping: multiple assignment evaluation order, functions returning swapped results and rotations.
package main

import "fmt"

func swap(a, b string) (string, string) { return b, a }

func rotate(a, b, c int) (int, int, int) { return b, c, a }

func sortTwo(a, b int) (lo, hi int) {
	if a > b {
		a, b = b, a
	}
	return a, b
}

func swapArr(a [3]int) [3]int {
	a[0], a[2] = a[2], a[0]
	return a
}

func main() {
	x, y := "left", "right"
	x, y = swap(x, y)
	fmt.Println(x, y)
	x, y = swap(swap(x, y))
	fmt.Println(x, y)
	a, b, c := 1, 2, 3
	a, b, c = rotate(a, b, c)
	fmt.Println(a, b, c)
	a, b, c = c, a, b
	fmt.Println(a, b, c)
	fmt.Println(sortTwo(9, -1))
	fmt.Println(sortTwo(-1, 9))

	// all right-hand operands are evaluated before any assignment
	i := 0
	var arr [4]int = [4]int{10, 20, 30, 40}
	i, arr[i] = 2, 99
	fmt.Println(i, arr)
	arr[i], i = 77, 3
	fmt.Println(i, arr)
	arr[0], arr[1], arr[2], arr[3] = arr[3], arr[2], arr[1], arr[0]
	fmt.Println(arr)
	fmt.Println(swapArr([3]int{1, 2, 3}))

	// fibonacci by simultaneous assignment
	p, q := 0, 1
	for k := 0; k < 10; k++ {
		p, q = q, p+q
	}
	fmt.Println(p, q)
	var u8a, u8b uint8 = 200, 100
	u8a, u8b = u8b-u8a, u8a+u8b
	fmt.Println(u8a, u8b)
	s := "ab"
	s, t := s+"c", s
	fmt.Println(s, t)
}

// Output:
// right left
// right left
// 2 3 1
// 1 2 3
// -1 9
// -1 9
// 2 [99 20 30 40]
// 3 [99 20 77 40]
// [40 77 20 99]
// [3 2 1]
// 55 89
// 156 44
// abc ab
