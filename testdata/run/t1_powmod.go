// Exercises fast modular exponentiation, modular inverse by Fermat, and overflow-free mulmod on uint64.
package main

import "fmt"

func powmod(b, e, m uint64) uint64 {
	r := uint64(1)
	b %= m
	for e > 0 {
		if e&1 == 1 {
			r = r * b % m
		}
		b = b * b % m
		e >>= 1
	}
	return r
}

func mulmod(a, b, m uint64) uint64 {
	var r uint64
	a %= m
	for b > 0 {
		if b&1 == 1 {
			r = (r + a) % m
			if r >= m {
				r -= m
			}
		}
		a = (a << 1) % m
		b >>= 1
	}
	return r
}

func powmodBig(b, e, m uint64) (r uint64) {
	r = 1
	for ; e > 0; e >>= 1 {
		if e&1 == 1 {
			r = mulmod(r, b, m)
		}
		b = mulmod(b, b, m)
	}
	return
}

func powInt(b, e int) int {
	if e == 0 {
		return 1
	}
	h := powInt(b, e/2)
	if e%2 == 0 {
		return h * h
	}
	return h * h * b
}

func main() {
	const M = 1000000007
	fmt.Println(powmod(2, 10, M), powmod(3, 200, M), powmod(7, M-1, M), powmod(10, 18, 1<<32))
	inv := powmod(123456, M-2, M)
	fmt.Println(inv, 123456*inv%M)
	fmt.Println(powInt(3, 13), powInt(2, 62), powInt(2, 63), powInt(2, 64), powInt(-3, 5))
	const P = 4611686018427387847 // a prime below 2^62
	fmt.Println(mulmod(P-1, P-1, P), powmodBig(2, P-1, P), powmodBig(3, 1000, P))
	// Fermat test on a few numbers, 561 is a Carmichael number
	for _, n := range [6]uint64{97, 561, 1009, 1001, 65537, 4294967297} {
		fmt.Print(" ", n, ":", powmod(2, n-1, n) == 1)
	}
	fmt.Println()
}

// Output:
// 1024 136318165 1 2808348672
// 78351802 1
// 1594323 4611686018427387904 -9223372036854775808 0 -243
// 1 1 1038760467206556870
//  97:true 561:true 1009:true 1001:false 65537:true 4294967297:false
