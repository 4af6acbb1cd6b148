// Exercises int8 arithmetic: wrap-around of +, -, *, negation and increments at the edges.
package main

import "fmt"

func add8(a, b int8) int8 { return a + b }

func mul8(a, b int8) int8 { return a * b }

func main() {
	var max int8 = 127
	var min int8 = -128
	fmt.Println(max+1 == min, min-1 == max)
	fmt.Println(add8(100, 100), add8(-100, -100), add8(127, -128))
	fmt.Println(mul8(16, 8), mul8(-128, -1), mul8(64, 4), mul8(11, 13))
	fmt.Println(-min, ^min, ^max, -max-1)

	x := min
	x--
	fmt.Println(x)
	x++
	fmt.Println(x)

	var acc int8
	for i := 0; i < 300; i++ {
		acc++
	}
	fmt.Println("300 increments:", acc)

	var f int8 = 1
	for i := 1; i <= 6; i++ {
		f *= int8(i)
		fmt.Print(" ", f)
	}
	fmt.Println()

	var sum int8
	for i := int8(1); i > 0; i += 25 {
		sum += i
		fmt.Print(" ", i, ":", sum)
	}
	fmt.Println()

	var d int8 = -128
	var m1 int8 = -1
	fmt.Println(d/m1, d%m1, d*m1, d/2, d%3, d>>1, d>>7, d<<1)
	var y int8 = 0x55
	y <<= 1
	fmt.Println(y, y<<1, y+y)
	fmt.Printf("%d %x %08b\n", min, uint8(min), uint8(min))
}

// Output:
// true true
// -56 56 -1
// -128 -128 0 -113
// -128 127 -128 -128
// 127
// -128
// 300 increments: 44
//  1 2 6 24 120 -48
//  1:1 26:27 51:78 76:-102 101:-1 126:125
// -128 0 -128 -64 -2 -64 -1 0
// -86 84 84
// -128 80 10000000
