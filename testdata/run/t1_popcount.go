// Exercises bit tricks: popcount by loop and by Kernighan's trick, parity, lowest set bit, powers of two.
package main

import "fmt"

func popLoop(x uint64) int {
	n := 0
	for x != 0 {
		n += int(x & 1)
		x >>= 1
	}
	return n
}

func popKernighan(x uint64) (n int) {
	for ; x != 0; x &= x - 1 {
		n++
	}
	return
}

func popSWAR(x uint64) int {
	x = x - (x>>1)&0x5555555555555555
	x = x&0x3333333333333333 + (x>>2)&0x3333333333333333
	x = (x + x>>4) & 0x0f0f0f0f0f0f0f0f
	return int(x * 0x0101010101010101 >> 56)
}

func isPow2(x uint64) bool { return x != 0 && x&(x-1) == 0 }

func main() {
	vals := [8]uint64{0, 1, 7, 255, 256, 0xdeadbeef, 1 << 63, ^uint64(0)}
	for _, v := range vals {
		fmt.Println(v, popLoop(v), popKernighan(v), popSWAR(v), popLoop(v)&1, isPow2(v))
	}
	for _, x := range [6]int64{12, -12, 40, 1, -1, -9223372036854775808} {
		low := x & -x
		fmt.Println(x, low, x&(x-1), x|(x-1), x^(x>>63)-(x>>63))
	}
	var b uint8 = 0b10110100
	fmt.Printf("%08b %08b %08b %08b\n", b&-b, b&(b-1), b|(b+1), ^b&(b+1))
	total := 0
	for i := uint64(0); i < 1024; i++ {
		total += popKernighan(i)
	}
	fmt.Println("bits set in 0..1023:", total)
}

// Output:
// 0 0 0 0 0 false
// 1 1 1 1 1 true
// 7 3 3 3 1 false
// 255 8 8 8 0 false
// 256 1 1 1 1 true
// 3735928559 24 24 24 0 false
// 9223372036854775808 1 1 1 1 true
// 18446744073709551615 64 64 64 0 false
// 12 4 8 15 12
// -12 4 -16 -9 12
// 40 8 32 47 40
// 1 1 0 1 1
// -1 1 -2 -1 1
// -9223372036854775808 -9223372036854775808 0 -1 -9223372036854775808
// 00000100 10110000 10110101 00000001
// bits set in 0..1023: 5120
