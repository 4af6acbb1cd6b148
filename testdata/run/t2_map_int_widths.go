// Tests integer keys of every width and signedness (int8, uint8, int16, uint16, int32, uint32, int64, uint64, uintptr), including extreme and negative values.
package main

import "fmt"

func main() {
	m8 := map[int8]int{}
	for i := -128; i < 128; i++ {
		m8[int8(i)] = i
	}
	fmt.Println(len(m8), m8[-128], m8[127], m8[0], m8[-1])
	var x int8 = 127
	x++
	fmt.Println(m8[x])

	mu8 := map[uint8]string{0: "zero", 255: "max"}
	var y uint8 = 255
	y++
	fmt.Println(mu8[y], mu8[y-1], len(mu8))

	m16 := map[uint16]int{}
	for i := 0; i < 70000; i += 1000 {
		m16[uint16(i)]++
	}
	fmt.Println(len(m16), m16[uint16(65000)], m16[uint16(66000-65536)], m16)

	mi16 := map[int16]bool{-32768: true, 32767: true}
	fmt.Println(mi16[-32768], mi16[32767], mi16[0])

	m32 := map[int32]int32{}
	m32[-2147483648] = 1
	m32[2147483647] = 2
	m32[-1] = 3
	m32[1<<20] = 4
	fmt.Println(m32)

	mu32 := map[uint32]int{4294967295: 1, 0: 2}
	fmt.Println(mu32[^uint32(0)], mu32[0])

	m64 := map[int64]string{}
	m64[-9223372036854775808] = "min"
	m64[9223372036854775807] = "max"
	m64[1<<32] = "2^32"
	m64[0] = "zero"
	fmt.Println(m64)
	fmt.Println(m64[1<<32], m64[1<<33] == "")

	mu64 := map[uint64]int{}
	mu64[18446744073709551615] = 1
	mu64[1<<63] = 2
	mu64[1<<32] = 3
	mu64[1] = 4
	fmt.Println(mu64, mu64[^uint64(0)])

	// keys differing only in the high bits
	hi := map[uint64]int{}
	for i := uint(0); i < 64; i++ {
		hi[uint64(1)<<i] = int(i)
	}
	ok := 0
	for i := uint(0); i < 64; i++ {
		if hi[uint64(1)<<i] == int(i) {
			ok++
		}
	}
	fmt.Println(len(hi), ok)

	up := map[uintptr]int{1: 1, 0xffff: 2}
	fmt.Println(up[0xffff], len(up))

	// int and byte
	mb := map[byte]int{'a': 1, 'z': 26}
	mi := map[int]int{-1 << 62: 1, 1 << 62: 2}
	fmt.Println(mb['z'], mi[-1<<62], mi[1<<62], len(mi))
}

// Output:
// 256 -128 127 0 -1
// -128
// zero max 2
// 70 1 1 map[0:1 464:1 1000:1 1464:1 2000:1 2464:1 3000:1 3464:1 4000:1 5000:1 6000:1 7000:1 8000:1 9000:1 10000:1 11000:1 12000:1 13000:1 14000:1 15000:1 16000:1 17000:1 18000:1 19000:1 20000:1 21000:1 22000:1 23000:1 24000:1 25000:1 26000:1 27000:1 28000:1 29000:1 30000:1 31000:1 32000:1 33000:1 34000:1 35000:1 36000:1 37000:1 38000:1 39000:1 40000:1 41000:1 42000:1 43000:1 44000:1 45000:1 46000:1 47000:1 48000:1 49000:1 50000:1 51000:1 52000:1 53000:1 54000:1 55000:1 56000:1 57000:1 58000:1 59000:1 60000:1 61000:1 62000:1 63000:1 64000:1 65000:1]
// true true false
// map[-2147483648:1 -1:3 1048576:4 2147483647:2]
// 1 2
// map[-9223372036854775808:min 0:zero 4294967296:2^32 9223372036854775807:max]
// 2^32 true
// map[1:4 4294967296:3 9223372036854775808:2 18446744073709551615:1] 1
// 64 64
// 2 2
// 26 1 2 2
