// syntax: composite literal in an if condition without parentheses: T{} is read as T and a block
package main

type T struct{ a int }

func main() {
	x := T{}
	if x == T{} { // ERROR "unexpected { at end of statement"
	}
} // ERROR "non-declaration statement outside function body"
