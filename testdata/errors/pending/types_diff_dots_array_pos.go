// types: an [...] array type outside a composite literal is reported at its [
// needs: types (the type checker reports these)
package main

var a [...]int // ERROR "invalid use of \[\.\.\.\] array \(outside a composite literal\)"

type T [...]string // ERROR "invalid use of \[\.\.\.\] array \(outside a composite literal\)"

func main() {
	var b [...]bool // ERROR "invalid use of \[\.\.\.\] array \(outside a composite literal\)"
	_ = b
}
