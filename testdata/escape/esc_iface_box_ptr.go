// Exercises boxing a pointer into an interface: the pointer itself is stored, no copy is made.
package main

import "fmt"

type thing struct {
	id int
}

var kept interface{}

func keepPtr(t *thing) { // ERROR "leaking param: t"
	kept = t
}

func localPtr(t *thing) bool { // ERROR "t does not escape"
	var i interface{} = t
	_, ok := i.(*thing)
	return ok
}

func main() {
	a := thing{1} // ERROR "moved to heap: a"
	keepPtr(&a)
	b := thing{2}
	ok := localPtr(&b)
	fmt.Println(kept.(*thing).id, ok) // ERROR "\.\.\. argument does not escape" "kept\.\(\*thing\)\.id escapes to heap" "ok escapes to heap"
}
