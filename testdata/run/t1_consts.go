// Exercises grouped const declarations: iota, implicit repetition, _ skips, typed and untyped constants.
package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
	Friday
	Saturday
)

const (
	_  = iota // skip 0
	KB = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	a, b = iota, iota * 10 // 0, 0
	c, d                   // 1, 10
	_, _                   // 2, 20
	e, f                   // 3, 30
)

const (
	x0 = "str"
	x1 // repeats "str"
	x2 = iota
	x3
)

const big = 1 << 100 // untyped constant, too big for any integer type
const small = big >> 98

const typed int8 = 127
const untyped = 'A' + 1
const mask uint8 = 1<<3 | 1<<5
const neg = -7 / 2
const rem = -7 % 2
const str = "go" + "sub"
const isBig = small > 3

const single = iota // iota is 0 outside a group

func main() {
	fmt.Println(Sunday, Monday, Tuesday, Thursday, Friday, Saturday)
	fmt.Printf("%T %v\n", Friday, Friday)
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(x0, x1, x2, x3)
	fmt.Println(small, typed, untyped, mask, neg, rem, str, isBig, single)
	fmt.Printf("%T %T %T %T\n", untyped, mask, str, isBig)
	var r rune = untyped
	fmt.Println(string(r), len(str))
	const local = iota + 5
	fmt.Println(local)
	var u uint8 = mask
	u = ^u
	fmt.Println(u, big/(big>>1))
}

// Output:
// 0 1 2 4 5 6
// main.Weekday 5
// 1024 1048576 1073741824 1099511627776
// 0 0 1 10 3 30
// str str 2 3
// 4 127 66 40 -3 -1 gosub true 0
// int32 uint8 string bool
// B 5
// 5
// 215 2
