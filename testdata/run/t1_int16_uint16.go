// Exercises 16-bit integers: int16 and uint16 wrap-around, multiplication overflow and conversions.
package main

import "fmt"

func square16(x int16) int16 { return x * x }

func main() {
	var a int16 = 32767
	var b int16 = -32768
	a++
	b--
	fmt.Println(a, b)
	fmt.Println(square16(181), square16(182), square16(256), square16(-300))

	var u uint16 = 65535
	u++
	fmt.Println(u)
	u--
	fmt.Println(u, u*u, u+u)
	var p uint16 = 1
	for i := 0; i < 18; i++ {
		p *= 2
		if i%4 == 0 || p == 0 {
			fmt.Print(" ", i, ":", p)
		}
	}
	fmt.Println()

	var m16 int16 = -32768
	var neg int16 = -1
	fmt.Println(m16/neg, m16%neg, -m16, m16*neg)
	fmt.Println(int16(40000-65536), uint16(a), int16(u), int16(u-25535))
	var w uint16 = 0xBEEF
	fmt.Printf("%x %x %x %d\n", w>>8, w&0xff, w<<4, int16(w))
	fmt.Println(int8(w), uint8(w), int32(int16(w)), uint32(w))

	var acc uint16 = 1
	for i := uint16(1); i <= 10; i++ {
		acc = acc*i + 1
	}
	fmt.Println("acc", acc)
	var sacc int16
	for i := int16(0); i < 400; i++ {
		sacc += i
	}
	fmt.Println("sacc", sacc)
}

// Output:
// -32768 32767
// 32761 -32412 0 24464
// 0
// 65535 1 65534
//  0:2 4:32 8:512 12:8192 15:0 16:0 17:0
// -32768 0 -32768 -32768
// -25536 32768 -1 -25536
// be ef eef0 -16657
// -17 239 -16657 48879
// acc 33701
// sacc 14264
