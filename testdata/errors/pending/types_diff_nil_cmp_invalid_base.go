// types: comparing with nil a pointer to an undefined type
// needs: types (the type checker reports these)
package main

type Node struct {
	Next *undef // ERROR "undefined: undef"
}

func main() {
	var s Node
	_ = s.Next == nil // ERROR "invalid operation: s\.Next == nil \(operator == not defined on untyped nil\)"
	_ = nil != s.Next
}
