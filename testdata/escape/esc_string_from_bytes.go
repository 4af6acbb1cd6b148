// Exercises string(b) conversions: used locally, compared, returned, and stored.
package main

import "fmt"

var last string

func toString(b []byte) string { // ERROR "b does not escape"
	return string(b) // ERROR "string\(b\) escapes to heap"
}

func equalsHi(b []byte) bool { // ERROR "b does not escape"
	return string(b) == "hi" // ERROR "string\(b\) does not escape"
}

func localLen(b []byte) int { // ERROR "b does not escape"
	s := string(b) // ERROR "string\(b\) does not escape"
	return len(s)
}

func save(b []byte) { // ERROR "b does not escape"
	last = string(b) // ERROR "string\(b\) escapes to heap"
}

func main() {
	b := []byte{'h', 'i'} // ERROR "\[\]byte\{\.\.\.\} does not escape"
	save(b)
	fmt.Println(toString(b), equalsHi(b), localLen(b), last) // ERROR "\.\.\. argument does not escape" "toString\(b\) escapes to heap" "equalsHi\(b\) escapes to heap" "localLen\(b\) escapes to heap" "last escapes to heap"
}
