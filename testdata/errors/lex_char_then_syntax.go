// lexical + syntax: an invalid character, then a syntax error on the same line (gc reports both)
package main

func main() {
	x := 1 @ 2 // ERROR "invalid character U\+0040 '@'" "unexpected literal 2 at end of statement"
	_ = x
}
