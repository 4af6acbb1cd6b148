// types: unsafe functions with the wrong kinds of arguments
// needs: types (the type checker reports these)
package main

import "unsafe"

type pair struct {
	a int8
	b int64
}

func main() {
	var p pair
	x := 3
	_ = unsafe.Offsetof(x) // ERROR "invalid argument: x is not a selector expression"
	_ = unsafe.Offsetof(p.b)
	_ = unsafe.Sizeof() // ERROR "invalid operation: not enough arguments for unsafe\.Sizeof\(\) \(expected 1, found 0\)"
	_ = unsafe.Alignof(p, x) // ERROR "invalid operation: too many arguments for unsafe\.Alignof\(p, x\) \(expected 1, found 2\)"
	_ = unsafe.Pointer(5) // ERROR "cannot convert 5 \(untyped int constant\) to type unsafe\.Pointer"
	_ = unsafe.Pointer(x) // ERROR "cannot convert x \(variable of type int\) to type unsafe\.Pointer"
	var ptr unsafe.Pointer = &x // ERROR "cannot use &x \(value of type \*int\) as type unsafe\.Pointer in variable declaration"
	_ = ptr
}
