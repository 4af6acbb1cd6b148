// Exercises shifts by counts at and beyond the width (63, 64, 65, huge uint64) for signed and unsigned operands.
package main

import "fmt"

func shl64(x int64, n uint) int64    { return x << n }
func shr64(x int64, n uint) int64    { return x >> n }
func ushl64(x uint64, n uint) uint64 { return x << n }
func ushr64(x uint64, n uint) uint64 { return x >> n }

func main() {
	counts := [8]uint{0, 1, 31, 32, 63, 64, 65, 1000}
	for _, n := range counts {
		fmt.Println(n, shl64(1, n), shl64(-1, n), shr64(-1, n), shr64(-8, n),
			ushl64(1, n), ushr64(1<<63, n), ushr64(^uint64(0), n))
	}

	var huge uint64 = 1 << 40
	var x int = 12345
	var y uint = 12345
	fmt.Println(x<<huge, x>>huge, -x>>huge, y<<huge, y>>huge)
	var maxc uint64 = ^uint64(0)
	fmt.Println(x>>maxc, -x>>maxc, y>>maxc, int8(-3)>>maxc, uint8(200)>>maxc)

	// signed counts (allowed since Go 1.13), count of every integer type
	var c8 int8 = 3
	var c16 uint16 = 70
	var c32 int32 = 4
	var c64 uint64 = 2
	fmt.Println(1<<c8, 256>>c8, x<<c16, x>>c32, x<<c64, uint8(1)<<c8)

	// shift of a small type by a count that fits int but not the width
	var s uint = 9
	fmt.Println(uint8(1)<<s, int8(-128)>>s, int16(1)<<s, uint16(1)<<(s+7), int32(1)<<(s+22))
	var b byte = 0x81
	for k := uint(0); k < 10; k += 3 {
		fmt.Print(" ", b<<k, "/", b>>k)
	}
	fmt.Println()

	// the count is converted before shifting: untyped constant operand takes the type of context
	var r int64 = 1 << s
	var u32 uint32 = 1<<s - 1
	fmt.Println(r, u32)
}

// Output:
// 0 1 -1 -1 -8 1 9223372036854775808 18446744073709551615
// 1 2 -2 -1 -4 2 4611686018427387904 9223372036854775807
// 31 2147483648 -2147483648 -1 -1 2147483648 4294967296 8589934591
// 32 4294967296 -4294967296 -1 -1 4294967296 2147483648 4294967295
// 63 -9223372036854775808 -9223372036854775808 -1 -1 9223372036854775808 1 1
// 64 0 0 -1 -1 0 0 0
// 65 0 0 -1 -1 0 0 0
// 1000 0 0 -1 -1 0 0 0
// 0 0 -1 0 0
// 0 -1 0 -1 0
// 8 32 0 771 49380 8
// 0 -1 512 0 -2147483648
//  129/129 8/16 64/2 0/0
// 512 511
