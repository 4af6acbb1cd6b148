// Exercises package-level declarations in any order, var/type groups and type aliases.
package main

import "fmt"

func main() {
	fmt.Println(total, describe(origin), unit)
	var c Celsius = 100
	var m MyInt = 3
	var i int = m // alias: MyInt is int
	fmt.Println(c, i, Byte('x'), Bytes("hi"))
	fmt.Printf("%T %T %T %T\n", c, m, Byte(1), Names{})
	first := next()
	second := next()
	fmt.Println(first, second, counter)
	fmt.Println(limit, len(table))
}

var total = double(base) + 1 // uses names declared further down

func double(n int) int { return 2 * n }

var (
	base    = 20
	counter int
	table   = [limit]string{"a", "b"}
	origin  = Pair{}
)

const limit = 4

type (
	Celsius int
	Pair    struct{ L, R int }
	MyInt   = int
	Byte    = uint8
	Bytes   = []byte
	Names   []string
)

type Fn = func(Pair) string

var describe Fn = func(p Pair) string { return fmt.Sprintf("(%d,%d)", p.L, p.R) }

func next() int {
	counter++
	return counter
}

var unit struct{}

// Output:
// 41 (0,0) {}
// 100 3 120 [104 105]
// main.Celsius int uint8 main.Names
// 1 2 2
// 4 4
