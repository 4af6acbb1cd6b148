// types: the value of a constant whose type is invalid is not evaluated
// needs: types (the type checker reports these)
package main

import "unsafe" // ERROR `imported and not used: "unsafe"`

type T struct{ a bool }

const bool undef = unsafe.Sizeof(T{}) // ERROR "undefined: undef"

func main() {}
