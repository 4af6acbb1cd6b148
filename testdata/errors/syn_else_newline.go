// syntax: else on a new line (a semicolon is inserted after the closing brace)
package main

func main() {
	x := 1
	if x > 0 {
		x++
	}
	else { // ERROR "unexpected else, expecting }"
		x--
	}
}
