// types: the argument of unsafe.Offsetof is checked even when it is not a selector
// needs: types (the type checker reports these)
package main

import "unsafe"

type S struct {
	b bool
	c uint8
}

func main() {
	var s S
	_ = unsafe.Offsetof(!s.c) // ERROR "invalid argument: !s\.c is not a selector expression" "invalid operation: operator ! not defined on s\.c \(variable of type uint8\)"
	_ = unsafe.Offsetof(-s.b) // ERROR "invalid argument: -s\.b is not a selector expression" "invalid operation: operator - not defined on s\.b \(variable of type bool\)"
}
