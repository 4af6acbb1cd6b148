// Exercises parameters stored in package-level variables: they leak.
package main

import "fmt"

type item struct {
	id int
}

var last *item
var names []string
var registry [4]*int

func setLast(it *item) { // ERROR "leaking param: it"
	last = it
}

func addName(s []string) { // ERROR "leaking param: s"
	names = s
}

func register(i int, p *int) { // ERROR "leaking param: p"
	registry[i%4] = p
}

func main() {
	it := &item{id: 7} // ERROR "&item\{\.\.\.\} escapes to heap"
	setLast(it)
	addName([]string{"a", "b"}) // ERROR "\[\]string\{\.\.\.\} escapes to heap"
	v := 3 // ERROR "moved to heap: v"
	register(1, &v)
	fmt.Println(last.id, len(names), *registry[1]) // ERROR "\.\.\. argument does not escape" "last\.id escapes to heap" "len\(names\) escapes to heap" "\*registry\[1\] escapes to heap"
}
