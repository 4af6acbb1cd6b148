// Exercises int64 and uint64 edges: MinInt64 / -1 and % -1, negation, abs and full-width wrap.
package main

import "fmt"

const (
	MaxInt64  = 1<<63 - 1
	MinInt64  = -1 << 63
	MaxUint64 = 1<<64 - 1
)

func divmod(a, b int64) (q, r int64) {
	q = a / b
	r = a % b
	return
}

func abs(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

func main() {
	var min int64 = MinInt64
	var m1 int64 = -1
	fmt.Println(min/m1, min%m1, min*m1, -min)
	fmt.Println(divmod(min, -1))
	fmt.Println(divmod(min, 10))
	fmt.Println(divmod(min, -10))
	fmt.Println(divmod(MaxInt64, -2))
	fmt.Println(abs(min), abs(min+1), abs(-5), abs(0))

	var max int64 = MaxInt64
	fmt.Println(max+1, max+max, max*max, max*3)

	var u uint64 = MaxUint64
	fmt.Println(u, u+1, u*u, u/3, u%10, -u)
	var one uint64 = 1
	fmt.Println(one<<63, (one<<63)*2, (one<<63)-1)

	var i int = MinInt64
	fmt.Println(i/-1 == i, i%-1, i-1)
	var ui uint = MaxUint64
	fmt.Println(ui+2, ui>>32)

	// 64-bit multiply wrap
	var p uint64 = 0x9E3779B97F4A7C15
	var x uint64 = 1
	for k := 0; k < 5; k++ {
		x = x*p + uint64(k)
		fmt.Println(x)
	}
	fmt.Println(int64(x), int64(u), int64(u>>1))
}

// Output:
// -9223372036854775808 0 -9223372036854775808 -9223372036854775808
// -9223372036854775808 0
// -922337203685477580 -8
// 922337203685477580 -8
// -4611686018427387903 1
// -9223372036854775808 9223372036854775807 5 0
// -9223372036854775808 -2 1 9223372036854775805
// 18446744073709551615 0 1 6148914691236517205 5 1
// 9223372036854775808 0 9223372036854775807
// true 0 9223372036854775807
// 1 4294967295
// 11400714819323198485
// 16088033396387240378
// 18339175128185271364
// 17651441552668457367
// 2856581464196128103
// 2856581464196128103 -1 9223372036854775807
