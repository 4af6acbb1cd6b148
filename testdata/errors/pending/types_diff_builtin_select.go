// types: selecting a field or method of a built-in function (gc: "cannot select on", at the selector)
// needs: types (the type checker reports these)
package main

func main() {
	_ = print.Args // ERROR "cannot select on print \(built-in\)"
	println.X() // ERROR "cannot select on println \(built-in\)"
	_ = len.n + 1 // ERROR "cannot select on len \(built-in\)"
}
