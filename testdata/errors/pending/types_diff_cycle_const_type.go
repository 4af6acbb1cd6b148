// types: a struct field whose type name is a constant in a cycle
// needs: types (the type checker reports these)
package main

import "unsafe"

type T struct{ a bool } // ERROR "invalid recursive type T" "T refers to" "^T$" "bool \(constant 1 of type uintptr\) is not a type"

const bool = unsafe.Sizeof(T{}) // ERROR "bool refers to"

func main() {}
