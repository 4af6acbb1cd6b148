// types: a receive expression where a type is expected
// needs: types (the type checker reports these)
package main

func main() {
	_ = new(<-int) // ERROR "<-int is not a type" "int \(type\) is not an expression"
	_ = make(<-int) // ERROR "<-int is not a type" "int \(type\) is not an expression"
}
