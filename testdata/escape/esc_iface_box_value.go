// Exercises boxing non-pointer values (ints, strings, structs) into interfaces kept in globals.
package main

import "fmt"

type thing struct {
	id   int
	name string
}

var kept []interface{}

func keepInt(n int) {
	kept = append(kept, n) // ERROR "n escapes to heap"
}

func keepString(s string) { // ERROR "leaking param: s"
	kept = append(kept, s) // ERROR "s escapes to heap"
}

func keepThing(t thing) { // ERROR "leaking param: t"
	kept = append(kept, t) // ERROR "t escapes to heap"
}

func main() {
	keepInt(3)
	keepString("s")
	keepThing(thing{4, "four"})
	fmt.Println(len(kept), kept[0], kept[2].(thing).name) // ERROR "\.\.\. argument does not escape" "len\(kept\) escapes to heap" "kept\[2\]\.\(thing\)\.name escapes to heap"
}
