// Exercises uint8 and byte wrap-around: underflow, overflow, negation and complement.
package main

import "fmt"

func sub(a, b uint8) uint8 { return a - b }

func main() {
	var z uint8
	var m uint8 = 255
	fmt.Println(z-1, m+1, m+m, m*m, -m, ^m, ^z, -z)
	fmt.Println(sub(3, 5), sub(0, 255), sub(128, 129))

	var b byte = 200
	b += 100
	fmt.Println(b)
	b -= 250
	fmt.Println(b)
	b *= 3
	fmt.Println(b)

	var c uint8 = 1
	for i := 0; i < 10; i++ {
		c *= 3
		fmt.Print(" ", c)
	}
	fmt.Println()

	// a loop counter that wraps: 250..255 then stops at 0
	n := 0
	for v := uint8(250); v != 0; v++ {
		n++
	}
	fmt.Println("steps to wrap:", n)

	var h uint8 = 17
	for i := 0; i < 5; i++ {
		h = h*31 + 7
		fmt.Print(" ", h)
	}
	fmt.Println()

	var q uint8 = 255
	var two uint8 = 2
	fmt.Println(q/two, q%two, q>>1, q<<1, q<<7, q>>7)
	var k byte = 'A'
	k += 200
	fmt.Println(k, k-200 == 'A')
	x := uint8(0x0F)
	fmt.Println(x&^0x05, x|0xF0, x^0xFF, -x)
	fmt.Printf("%d %x %o %b\n", -x, -x, -x, -x)
}

// Output:
// 255 0 254 1 1 0 255 0
// 254 1 255
// 44
// 50
// 150
//  3 9 27 81 243 217 139 161 227 169
// steps to wrap: 6
//  22 177 118 81 214
// 127 1 127 254 128 1
// 9 true
// 10 255 240 241
// 241 f1 361 11110001
