// syntax: missing comma before the newline in a multi-line call
package main

func f(a, b int) {}

func main() {
	f(
		1,
		2 // ERROR "unexpected newline in argument list; possibly missing comma or \)"
	)
}
