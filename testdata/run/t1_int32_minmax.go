// Exercises int32 and uint32: MinInt32 / -1, % -1, rune overflow and 32-bit multiply wrap.
package main

import "fmt"

const MinInt32 = -1 << 31
const MaxInt32 = 1<<31 - 1

func div(a, b int32) (int32, int32) { return a / b, a % b }

func main() {
	var m int32 = MinInt32
	q, r := div(m, -1)
	fmt.Println(q, r, q == m)
	q, r = div(m, 1)
	fmt.Println(q, r)
	q, r = div(m, 2)
	fmt.Println(q, r)
	q, r = div(m+1, -1)
	fmt.Println(q, r)
	fmt.Println(-m, m-1, m*2, m*-1)

	var mx int32 = MaxInt32
	fmt.Println(mx+1, mx*2, mx*mx, mx+mx+2)

	var ru rune = 0x10FFFF
	ru *= 1000
	fmt.Println(ru)
	var rmax rune = MaxInt32
	rmax++
	fmt.Println(rmax, rmax == MinInt32)

	var u uint32 = 4000000000
	fmt.Println(u+u, u*3, u*u, -u, ^u)
	var h uint32 = 2166136261
	for i := 0; i < 4; i++ {
		h ^= uint32(i)
		h *= 16777619
	}
	fmt.Println("hash", h)
	var x int32 = 123456789
	fmt.Println(x*10, x*100, x*-20)
	var neg int32 = -7
	fmt.Println(neg/2, neg%2, neg>>1, uint32(neg), uint32(neg)>>1, int64(neg))
}

// Output:
// -2147483648 0 true
// -2147483648 0
// -1073741824 0
// 2147483647 0
// -2147483648 2147483647 0 -2147483648
// -2147483648 -2 1 0
// 1114111000
// -2147483648 true
// 3705032704 3410065408 1983905792 294967296 294967295
// hash 3282719153
// 1234567890 -539222988 1825831516
// -3 -1 -4 4294967289 2147483644 -7
