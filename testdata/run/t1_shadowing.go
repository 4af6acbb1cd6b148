// Exercises shadowing: package names by locals, locals in nested blocks, for/if/switch scopes and predeclared identifiers.
package main

import "fmt"

var x = "package x"

func show() string { return x }

func params(x int) int {
	{
		x := x * 10
		x++
		_ = x
	}
	return x
}

func main() {
	fmt.Println(x, show())
	x := 1
	fmt.Println(x, show())
	{
		x := "block"
		fmt.Println(x)
		{
			x := len("ab") > 1 // a bool now
			fmt.Println(x)
		}
		fmt.Println(x)
	}
	fmt.Println(x)
	for x := 0; x < 2; x++ {
		x := x + 100
		fmt.Print(x, ",")
	}
	fmt.Println(x)
	if x := "if"; len(x) > 0 {
		fmt.Println(x)
	}
	switch x := x * 7; x {
	case 7:
		x := "case"
		fmt.Println(x)
	}
	fmt.Println(params(5), x)

	// predeclared identifiers can be shadowed too
	{
		len := func0()
		true := false
		int := "int"
		fmt.Println(len, true, int)
	}
	fmt.Println(len("abc"), true)
	y, x := 5, 6 // x is assigned, y is new
	fmt.Println(x, y)
	const c = iota // still the predeclared iota: 0 outside a const group
	var iota = 99
	fmt.Println(iota, c)
}

func func0() int { return 42 }

// Output:
// package x package x
// 1 package x
// block
// true
// block
// 1
// 100,101,1
// if
// case
// 5 1
// 42 false int
// 3 true
// 6 5
// 99 0
