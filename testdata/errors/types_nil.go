// types: nil is not a type, has no default type, and only fits pointers, slices, maps, channels, funcs and interfaces
// needs: types (the type checker reports these)
package main

func main() {
	x := nil // ERROR "use of untyped nil in assignment"
	var n int = nil // ERROR "cannot use nil as int value in variable declaration"
	var s string = nil // ERROR "cannot use nil as string value in variable declaration"
	var p nil // ERROR "nil is not a type"
	_ = nil == nil // ERROR "invalid operation: nil == nil \(operator == not defined on untyped nil\)"
	var e error = nil
	var sl []int = nil
	_ = n + nil // ERROR "invalid operation: n \+ nil \(mismatched types int and untyped nil\)"
	_, _, _, _ = x, s, p, e
	_ = sl
}
