// Exercises every binary and unary integer/bool operator, op-assignments and precedence.
package main

import "fmt"

func main() {
	a, b := 29, 6
	fmt.Println(a+b, a-b, a*b, a/b, a%b)
	fmt.Println(a&b, a|b, a^b, a&^b, a<<2, a>>1)
	fmt.Println(-a/b, -a%b, a/-b, a%-b)
	fmt.Println(+a, -a, ^a, ^0, -(-a))
	t, f := true, false
	fmt.Println(t && f, t || f, !t, !f, !!t)
	fmt.Println(a == b, a != b, a < b, a <= b, a > b, a >= b)

	x := 100
	x += 5
	x -= 3
	x *= 2
	x /= 4
	x %= 13
	fmt.Println(x)
	y := 0xF0
	y &= 0x3C
	y |= 0x01
	y ^= 0xFF
	y &^= 0x0F
	y <<= 3
	y >>= 2
	fmt.Println(y)

	// precedence: * / % << >> & &^  >  + - | ^  >  comparisons  >  &&  >  ||
	fmt.Println(1+2*3, (1+2)*3, 1<<2+1, 1<<(2+1), 7&3|8, 7&(3|8))
	fmt.Println(2+3*4-10/5%3, 5-3-1, 100/10/2, 6&^3^1)
	fmt.Println(1 < 2 == true, 3 > 2 && 2 > 1 || false, false || true && false)
	fmt.Println(-2*-3, - -4, ^-1, -^0, !(a > b) == (a <= b))

	var u8 uint8 = 200
	var i8 int8 = -128
	fmt.Println(u8+100, u8*2, -u8, ^u8, i8-1, -i8, i8/-1)
	var sh uint = 70
	fmt.Println(1<<sh == 0, int64(-8)>>1, int64(-1)>>sh, uint32(1)<<31)

	a++
	a += 10
	b--
	fmt.Println(a, b)
	s := "con" + "cat"
	s += "enated"
	fmt.Println(s, s < "cat", s > "co", "a"+"b" == "ab")
}

// Output:
// 35 23 174 4 5
// 4 31 27 25 116 14
// -4 -5 -4 5
// 29 -29 -30 -1 29
// false true false true true
// false true false false true true
// 12
// 384
// 7 9 5 8 11 3
// 12 1 5 5
// true true false
// 6 4 0 1 true
// 44 144 56 55 127 -128 -128
// true -4 -1 2147483648
// 40 5
// concatenated false true true
