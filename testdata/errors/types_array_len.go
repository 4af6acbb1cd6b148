// types: array lengths must be non-negative integer constants
// needs: types (the type checker reports these)
package main

const size = 4

func main() {
	n := 3
	_ = n
	var a [n]int // ERROR "invalid array length n"
	var b [-1]int // ERROR "invalid array length -1 \(untyped int constant\)"
	var c ["3"]int // ERROR `array length "3" \(untyped string constant\) must be integer`
	var d [size * 2]int
	var e [true]bool // ERROR "array length true \(untyped bool constant\) must be integer"
	m := len(d)
	_ = m
	var f [m]int // ERROR "invalid array length m"
	var g [len("abc")]byte
	_, _, _, _, _, _, _ = a, b, c, d, e, f, g
}
