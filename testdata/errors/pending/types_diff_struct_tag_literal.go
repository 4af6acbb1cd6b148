// types: a struct tag must be a string literal
// needs: types (the type checker reports these)
package main

type T struct {
	a int 0 // ERROR `invalid AST: incorrect tag syntax: "0"`
	b int 'x' // ERROR `invalid AST: incorrect tag syntax: "'x'"`
}

func main() { _ = T{} }
