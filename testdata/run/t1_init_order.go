// Exercises package-level variable initialization order: dependencies first, then declaration order, with side effects.
package main

import "fmt"

var trace string

func note(name string, v int) int {
	trace += name + " "
	return v
}

// d depends on nothing, a on b and c, b on c, c on d: the order is d c b a ... not a b c d.
var (
	a = note("a", b+c)
	b = note("b", c*2)
	c = note("c", d+1)
	d = note("d", 3)
)

// independent variables initialize in declaration order
var (
	x = note("x", 1)
	y = note("y", 2)
)

// a dependency through a function body counts too
var total = note("total", sum())
var first = note("first", 10)
var second = note("second", first+5)

func sum() int { return second + first }

var arr = [3]int{note("arr0", 1), e, note("arr2", 3)}
var e = note("e", 2)

var s1, s2 = pair()

func pair() (string, string) {
	trace += "pair "
	return "one", "two"
}

var greeting = "hi, " + name
var name = "gosub"

const limit = 2 * size

const size = 4

var table [limit]int

func main() {
	fmt.Println(trace[:len(trace)-1])
	fmt.Println(a, b, c, d, x, y, total, first, second)
	fmt.Println(arr, e, s1, s2, greeting, len(table))
}

// Output:
// d c b a x y first second total e arr0 arr2 pair
// 12 8 4 3 1 2 25 10 15
// [1 2 3] 2 one two hi, gosub 8
