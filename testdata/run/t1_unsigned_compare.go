// Exercises unsigned comparison: values with the top bit set, conversions of negatives, and min/max helpers.
package main

import "fmt"

func umax(a, b uint64) uint64 {
	if a > b {
		return a
	}
	return b
}

func smax(a, b int64) int64 {
	if a > b {
		return a
	}
	return b
}

func main() {
	var neg int64 = -1
	var one int64 = 1
	fmt.Println(neg < one, uint64(neg) < uint64(one), uint64(neg) > uint64(one))
	fmt.Println(smax(neg, one), umax(uint64(neg), uint64(one)))

	var a uint8 = 200
	var b uint8 = 100
	fmt.Println(a > b, int8(a) > int8(b), a+100 < b, int8(a) < 0)

	vals := [6]uint32{0, 1, 0x7fffffff, 0x80000000, 0xfffffffe, 0xffffffff}
	for i := 0; i+1 < len(vals); i++ {
		x, y := vals[i], vals[i+1]
		fmt.Println(x < y, int32(x) < int32(y), x <= y, x >= y, x != y)
	}

	// a loop that counts down with an unsigned index must not test i >= 0
	var count int
	for i := uint(5); i < 10; i-- {
		count++
	}
	fmt.Println("countdown steps:", count)

	var big uint64 = 1 << 63
	fmt.Println(big > 1<<62, int64(big) < 0, big-1 < big, big+big == 0)
	var u16 uint16 = 0x8000
	var i16 int16 = -32768
	fmt.Println(u16 == uint16(i16), int16(u16) == i16, u16 > 0x7fff, i16 < 0x7fff)
	var p, q uintptr = 1, ^uintptr(0)
	fmt.Println(p < q, q > 0, q+1 == 0)
	// comparison of results of wrapped arithmetic
	var x, y uint = 3, 5
	fmt.Println(x-y > x, x-y, int(x)-int(y))
}

// Output:
// true false true
// 1 18446744073709551615
// true false true true
// true true true false true
// true true true false true
// true false true false true
// true true true false true
// true true true false true
// countdown steps: 6
// true true true true
// true true true true
// true true true
// true 18446744073709551614 -2
