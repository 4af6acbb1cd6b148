// syntax: parenthesized type in a composite literal
package main

type T struct{ a int }

func main() {
	x := (T){a: 1} // ERROR "cannot parenthesize type in composite literal"
	_ = x
}
