// syntax: ++ is a statement, not an expression
package main

func main() {
	y := 1
	x := 0
	x = y++ // ERROR "unexpected \+\+ at end of statement"
	_ = x
}
