// A frame larger than any immediate offset: arm64's load and store
// offsets reach 32 KiB and add/sub immediates 4 KiB, so the slots at the
// far end of these arrays are addressed through a computed address.
package main

import "fmt"

func fill() int {
	var a [6000]int
	var b [3000]int16
	var c [5]byte
	for i := 0; i < len(a); i++ {
		a[i] = i * 3
	}
	for i := 0; i < len(b); i++ {
		b[i] = int16(i * 7)
	}
	c[4] = 200
	s := 0
	for i := len(a) - 1; i >= 0; i -= 999 {
		s += a[i]
	}
	return s + int(b[2999]) + int(c[4]) + a[5999] - a[0]
}

func copyBig(x [4000]int) [4000]int {
	x[3999] = 42
	return x
}

func main() {
	fmt.Println(fill())
	var x [4000]int
	x[0] = 7
	y := copyBig(x)
	fmt.Println(x[3999], y[3999], y[0], x == y)
}

// Output:
// 102232
// 0 42 7 false
