// syntax: binary operator with no right operand (a line ending in + continues, so the error is on the next line)
package main

func main() {
	x := 1 +
} // ERROR "unexpected }, expecting expression"
