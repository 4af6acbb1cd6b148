// Exercises bit reversal, leading and trailing zero counts and rotations for 8, 32 and 64 bits.
package main

import "fmt"

func rev8(b uint8) (r uint8) {
	for i := 0; i < 8; i++ {
		r = r<<1 | b&1
		b >>= 1
	}
	return
}

func rev32(x uint32) uint32 {
	x = x>>1&0x55555555 | x&0x55555555<<1
	x = x>>2&0x33333333 | x&0x33333333<<2
	x = x>>4&0x0f0f0f0f | x&0x0f0f0f0f<<4
	x = x>>8&0x00ff00ff | x&0x00ff00ff<<8
	return x>>16 | x<<16
}

func rev64(x uint64) uint64 {
	return uint64(rev32(uint32(x)))<<32 | uint64(rev32(uint32(x>>32)))
}

func clz64(x uint64) int {
	if x == 0 {
		return 64
	}
	n := 0
	for x&(1<<63) == 0 {
		x <<= 1
		n++
	}
	return n
}

func ctz32(x uint32) (n int) {
	if x == 0 {
		return 32
	}
	for x&1 == 0 {
		x >>= 1
		n++
	}
	return
}

func rotl32(x uint32, k uint) uint32 { return x<<(k&31) | x>>((32-k)&31) }

func main() {
	for _, b := range [5]uint8{0, 1, 0x0f, 0xa5, 0x80} {
		fmt.Printf("%08b -> %08b\n", b, rev8(b))
	}
	fmt.Printf("%#x %#x %#x\n", rev32(1), rev32(0x12345678), rev32(0xffff0000))
	fmt.Printf("%#x %#x\n", rev64(1), rev64(0x0123456789abcdef))
	fmt.Println(rev32(rev32(0xdeadbeef)) == 0xdeadbeef)
	for _, v := range [5]uint64{0, 1, 255, 1 << 40, ^uint64(0)} {
		fmt.Print(" ", clz64(v))
	}
	fmt.Println()
	for _, v := range [5]uint32{0, 1, 8, 0x80000000, 96} {
		fmt.Print(" ", ctz32(v))
	}
	fmt.Println()
	fmt.Printf("%#x %#x %#x\n", rotl32(0x80000001, 1), rotl32(0x12345678, 8), rotl32(0x12345678, 32))
}

// Output:
// 00000000 -> 00000000
// 00000001 -> 10000000
// 00001111 -> 11110000
// 10100101 -> 10100101
// 10000000 -> 00000001
// 0x80000000 0x1e6a2c48 0xffff
// 0x8000000000000000 0xf7b3d591e6a2c480
// true
//  64 63 56 23 0
//  32 0 3 31 5
// 0x3 0x34567812 0x12345678
