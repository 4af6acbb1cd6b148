// Exercises storing pointers to locals and new allocations into package-level variables.
package main

import "fmt"

type entry struct {
	key string
	val int
}

var head *entry
var table [3]*entry
var slots []*int

func store() {
	e := entry{"a", 1} // ERROR "moved to heap: e"
	head = &e
	table[1] = &entry{"b", 2} // ERROR "&entry\{\.\.\.\} escapes to heap"
	n := 7 // ERROR "moved to heap: n"
	slots = append(slots, &n)
	table[2] = new(entry) // ERROR "new\(entry\) escapes to heap"
}

func noStore() int {
	e := entry{"c", 3}
	p := &e
	return p.val
}

func main() {
	store()
	fmt.Println(head.key, table[1].val, *slots[0], table[2].val, noStore()) // ERROR "\.\.\. argument does not escape" "head\.key escapes to heap" "table\[1\]\.val escapes to heap" "\*slots\[0\] escapes to heap" "table\[2\]\.val escapes to heap" "noStore\(\) escapes to heap"
}
