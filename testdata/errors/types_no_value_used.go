// types: a call to a function without results used as a value
// needs: types (the type checker reports these)
package main

import "sort"

func log(s string) {}

func main() {
	x := log("a") // ERROR `log\("a"\) \(no value\) used as value`
	var y int = log("b") // ERROR `log\("b"\) \(no value\) used as value`
	_ = log("c") + 1 // ERROR `log\("c"\) \(no value\) used as value`
	s := []int{2, 1}
	sorted := sort.Ints(s) // ERROR "sort\.Ints\(s\) \(no value\) used as value"
	if log("d") { // ERROR `log\("d"\) \(no value\) used as value`
	}
	_, _, _ = x, y, sorted
}
