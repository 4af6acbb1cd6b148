// types: constant expressions (len of a constant string, arithmetic on constants) are valid array lengths; variables are not
// needs: types (the type checker reports these)
package main

const name = "gopher"

var byName [len(name)]int

var doubled [2 * len(name)]byte

func main() {
	var sized [len(name) + 1]int
	_ = sized
	s := name
	var bad [len(s)]int // ERROR "array length len\(s\) \(value of type int\) must be constant"
	_ = bad
	var idx [6]int = byName
	_ = idx
	const word string = "abc"
	var arr [len(word)]bool
	arr[len(word)] = true // ERROR "invalid argument: index 3 out of bounds \[0:3\]"
	_ = doubled
}
