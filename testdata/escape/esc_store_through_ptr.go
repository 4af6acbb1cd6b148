// Exercises stores through pointers (gc sends what is stored to the heap, even into a local
// object) against stores into variables, fields of variables and array elements, and calls
// of func values whose only assignment is a known function.
package main

import "fmt"

type node struct {
	val  *int
	arr  [2]*int
	next *node
}

func intoField() int {
	a := 1
	var n node
	n.val = &a
	return *n.val
}

func intoArray() int {
	a := 2
	var n node
	n.arr[1] = &a
	return *n.arr[1]
}

func throughPtr() int {
	a := 3 // ERROR "moved to heap: a"
	n := &node{} // ERROR "&node\{\} does not escape"
	n.val = &a
	return *n.val
}

func throughDeref() int {
	a := 4 // ERROR "moved to heap: a"
	var p *int
	pp := &p
	*pp = &a
	return *p
}

func throughEmbedded() int {
	a := 5 // ERROR "moved to heap: a"
	n := node{next: &node{}} // ERROR "&node\{\} does not escape"
	n.next.val = &a
	return *n.next.val
}

func intoSlice() int {
	a := 6 // ERROR "moved to heap: a"
	s := []*int{nil} // ERROR "\[\]\*int\{\.\.\.\} does not escape"
	s[0] = &a
	return *s[0]
}

func intoArrayPtr() int {
	a := 7 // ERROR "moved to heap: a"
	arr := &[2]*int{} // ERROR "&\[2\]\*int\{\} does not escape"
	arr[0] = &a
	return *arr[0]
}

func keep(p *int) int { return *p } // ERROR "p does not escape"

func viaFuncValue() int {
	a := 8
	f := keep
	return f(&a)
}

func viaClosureParam(f func(*int) int) int { // ERROR "f does not escape"
	a := 9 // ERROR "moved to heap: a"
	return f(&a)
}

func main() {
	fmt.Println(intoField(), intoArray(), throughPtr(), throughDeref(), throughEmbedded()) // ERROR "\.\.\. argument does not escape" "intoField\(\) escapes to heap" "intoArray\(\) escapes to heap" "throughPtr\(\) escapes to heap" "throughDeref\(\) escapes to heap" "throughEmbedded\(\) escapes to heap"
	fmt.Println(intoSlice(), intoArrayPtr(), viaFuncValue(), viaClosureParam(keep)) // ERROR "\.\.\. argument does not escape" "intoSlice\(\) escapes to heap" "intoArrayPtr\(\) escapes to heap" "viaFuncValue\(\) escapes to heap" "viaClosureParam\(keep\) escapes to heap"
}
