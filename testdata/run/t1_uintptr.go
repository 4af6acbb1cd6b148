// Exercises uintptr as a plain unsigned integer: arithmetic, wrap, alignment rounding and conversions.
package main

import "fmt"

func alignUp(n, a uintptr) uintptr { return (n + a - 1) &^ (a - 1) }

func alignDown(n, a uintptr) uintptr { return n &^ (a - 1) }

func main() {
	var p uintptr = 0x1000
	fmt.Println(p, p+8, p-1, p*2, p/3, p%7)
	for _, n := range [6]uintptr{0, 1, 7, 8, 9, 4095} {
		fmt.Println(n, alignUp(n, 8), alignDown(n, 8), alignUp(n, 4096))
	}
	var z uintptr
	z--
	fmt.Println(z, z+1, z>>60, z == ^uintptr(0))
	var m uintptr = 1 << 63
	fmt.Println(m, m<<1, m>>63, m|1)
	fmt.Printf("%x %X %#x %o %b %T\n", p, z, p, p, uintptr(5), p)
	i := int(p)
	u := uint64(p)
	var back uintptr = uintptr(i) + uintptr(u)
	fmt.Println(i, u, back)
	var neg int = -16
	fmt.Println(uintptr(neg), uintptr(neg)&0xff, uintptr(int8(neg)))
	var sum uintptr
	for k := uintptr(1); k <= 100; k++ {
		sum += k * k
	}
	fmt.Println(sum)
	var h uintptr = 5381
	s := "uintptr"
	for j := 0; j < len(s); j++ {
		h = h*33 + uintptr(s[j])
	}
	fmt.Println(h)
}

// Output:
// 4096 4104 4095 8192 1365 1
// 0 0 0 0
// 1 8 0 4096
// 7 8 0 4096
// 8 8 8 4096
// 9 16 8 4096
// 4095 4096 4088 4096
// 18446744073709551615 0 15 true
// 9223372036854775808 0 1 9223372036854775809
// 1000 FFFFFFFFFFFFFFFF 0x1000 10000 101 uintptr
// 4096 4096 8192
// 18446744073709551600 240 18446744073709551600
// 338350
// 229485187373787
