// syntax: missing comma before the newline in a multi-line parameter list
package main

func f(
	a int,
	b int // ERROR "unexpected newline in parameter list; possibly missing comma or \)"
) {
}

func main() {}
