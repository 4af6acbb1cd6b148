// types: a type, a package or a builtin used where a value is wanted
// needs: types (the type checker reports these)
package main

import "fmt"

type point struct{ x int }

func main() {
	x := int // ERROR "int \(type\) is not an expression"
	_ = point // ERROR "point \(type\) is not an expression"
	_ = fmt // ERROR "use of package fmt not in selector"
	f := len // ERROR "len \(built-in\) must be called"
	_ = x + 1
	println(string) // ERROR "string \(type\) is not an expression"
	_ = []int // ERROR "\[\]int \(type\) is not an expression"
	_ = f
	fmt.Println()
}
