// types: const and var declarations with more or fewer values than names
// needs: types (the type checker reports these)
package main

const a, b = 1 // ERROR "missing init expr for b"

const c = 1, 2 // ERROR "extra init expr 2"

var d, e = 1, 2, 3 // ERROR "extra init expr 3"

var f, g int = 1 // ERROR "assignment mismatch: 2 variables but 1 value"

const (
	h, i = 1, 2
	j, k
	l // ERROR "extra init expr at .*:14:12"
)

func main() {
	var m, n = 1 // ERROR "assignment mismatch: 2 variables but 1 value"
	_, _, _, _, _, _ = d, e, f, g, m, n
}
