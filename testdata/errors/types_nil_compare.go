// types: only pointers, slices, maps, channels, funcs and interfaces can be compared with nil
// needs: types (the type checker reports these)
package main

type point struct{ x int }

func main() {
	n := 1
	_ = n != nil // ERROR "invalid operation: n != nil \(mismatched types int and untyped nil\)"
	s := "a"
	if s == nil { // ERROR "invalid operation: s == nil \(mismatched types string and untyped nil\)"
	}
	var p point
	_ = p == nil // ERROR "invalid operation: p == nil \(mismatched types point and untyped nil\)"
	var arr [2]int
	_ = arr == nil // ERROR "invalid operation: arr == nil \(mismatched types \[2\]int and untyped nil\)"
	var err error
	_ = err == nil
	var ptr *point
	_ = ptr != nil
}
