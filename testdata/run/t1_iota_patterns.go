// Exercises iota: skips, expressions, bit flags, several constants per line, typed iota and restarts.
package main

import "fmt"

const (
	A = iota * 10
	B
	_
	D
	E = "e"
	F
	G = iota + 100
	H
)

const (
	FlagRead = 1 << iota
	FlagWrite
	FlagExec
	_
	FlagSticky
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
	PB
	EB
)

const (
	lo, hi = iota, -iota
	lo1, hi1
	lo2, hi2
)

const (
	c0 uint8 = 255 - iota*50
	c1
	c2
	c3
)

const (
	p0 = iota * iota
	p1
	p2
	p3
	p4 = iota % 3
	p5
	p6
)

const restarted = iota

func main() {
	fmt.Println(A, B, D, E, F, G, H)
	fmt.Println(FlagRead, FlagWrite, FlagExec, FlagSticky, FlagRead|FlagExec|FlagSticky)
	perm := FlagRead | FlagWrite
	fmt.Println(perm&FlagWrite != 0, perm&FlagExec != 0, perm&^FlagRead)
	fmt.Println(KB, MB, GB, TB, PB, EB)
	fmt.Println(lo, hi, lo1, hi1, lo2, hi2)
	fmt.Println(c0, c1, c2, c3)
	fmt.Printf("%T %T\n", c3, EB)
	fmt.Println(p0, p1, p2, p3, p4, p5, p6, restarted)
	const (
		x = iota + 'a'
		y
		z
	)
	fmt.Println(x, y, z, string(rune(z)))
}

// Output:
// 0 10 30 e e 106 107
// 1 2 4 16 21
// true false 2
// 1024 1048576 1073741824 1099511627776 1125899906842624 1152921504606846976
// 0 0 1 -1 2 -2
// 255 205 155 105
// uint8 int
// 0 1 4 9 1 2 0 0
// 97 98 99 c
