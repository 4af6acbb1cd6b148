// Exercises storing pointers into struct fields through pointer parameters.
package main

import "fmt"

type link struct {
	val  int
	next *link
	data *int
}

func attach(a, b *link) { // ERROR "a does not escape" "leaking param: b"
	a.next = b
}

func setData(l *link, p *int) { // ERROR "l does not escape" "leaking param: p"
	l.data = p
}

func chain() int {
	x := link{val: 1}
	y := link{val: 2} // ERROR "moved to heap: y"
	attach(&x, &y)
	return x.next.val
}

func main() {
	n := 5 // ERROR "moved to heap: n"
	l := &link{} // ERROR "&link\{\} does not escape"
	setData(l, &n)
	fmt.Println(chain(), *l.data) // ERROR "\.\.\. argument does not escape" "chain\(\) escapes to heap" "\*l\.data escapes to heap"
}
