// Exercises leaking param content: what a parameter points to is stored in a global.
package main

import "fmt"

type list struct {
	head *int
	rest *list
}

var keptHead *int
var keptRest *list

func keepHead(l *list) { // ERROR "leaking param content: l"
	keptHead = l.head
}

func keepRest(l *list) { // ERROR "leaking param content: l"
	keptRest = l.rest
}

func keepFirst(s []*int) { // ERROR "leaking param content: s"
	keptHead = s[0]
}

func main() {
	a, b := 1, 2 // ERROR "moved to heap: a" "moved to heap: b"
	tail := list{head: &b} // ERROR "moved to heap: tail"
	l := list{head: &a, rest: &tail}
	keepHead(&l)
	keepRest(&l)
	c := 3 // ERROR "moved to heap: c"
	keepFirst([]*int{&c}) // ERROR "\[\]\*int\{\.\.\.\} does not escape"
	fmt.Println(*keptHead, *keptRest.head) // ERROR "\.\.\. argument does not escape" "\*keptHead escapes to heap" "\*keptRest\.head escapes to heap"
}
