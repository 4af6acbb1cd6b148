// Exercises storing pointers into slice elements: local slices, parameter slices, and globals.
package main

import "fmt"

var global = make([]*int, 4) // ERROR "make\(\[\]\*int, 4\) escapes to heap"

func storeParam(dst []*int, p *int) { // ERROR "dst does not escape" "leaking param: p"
	dst[0] = p
}

func storeGlobal(i int, p *int) { // ERROR "leaking param: p"
	global[i] = p
}

func storeLocal() int {
	a, b := 1, 2 // ERROR "moved to heap: a" "moved to heap: b"
	s := make([]*int, 2) // ERROR "make\(\[\]\*int, 2\) does not escape"
	s[0] = &a
	s[1] = &b
	return *s[0] + *s[1]
}

func main() {
	x := 10 // ERROR "moved to heap: x"
	ps := make([]*int, 1) // ERROR "make\(\[\]\*int, 1\) does not escape"
	storeParam(ps, &x)
	y := 20 // ERROR "moved to heap: y"
	storeGlobal(2, &y)
	fmt.Println(*ps[0], *global[2], storeLocal()) // ERROR "\.\.\. argument does not escape" "\*ps\[0\] escapes to heap" "\*global\[2\] escapes to heap" "storeLocal\(\) escapes to heap"
}
