// syntax: extra ) after an expression
package main

func main() {
	x := (1 + 2)) // ERROR "unexpected \) at end of statement"
	_ = x
}
