// Exercises package-level declarations in any order, var/type groups and type aliases.
package main

import "fmt"

func main() {
	fmt.Println(total, describe(origin), unit)
	var c Celsius = 100
	var m MyInt = 3
	var i int = m // alias: MyInt is int
	fmt.Println(c, i, Byte('x'), Word("hi"))
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
	origin  = Pair{3, 4}
)

const limit = 4

type (
	Celsius int
	Pair    [2]int
	MyInt   = int
	Byte    = uint8
	Word    = string
	Names   [2]string
)

func describe(p Pair) string { return fmt.Sprintf("(%d,%d)", p[0], p[1]) }

var unit [0]int

func next() int {
	counter++
	return counter
}

// Output:
// 41 (3,4) []
// 100 3 120 hi
// main.Celsius int uint8 main.Names
// 1 2 2
// 4 4
