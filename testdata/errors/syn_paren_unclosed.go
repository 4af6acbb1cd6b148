// syntax: unclosed ( in a call
package main

func f(a int) int { return a }

func main() {
	x := f((1) // ERROR "unexpected newline in argument list; possibly missing comma or \)"
	_ = x
}
