// Exercises maps with interface{} values: values stored into them are boxed and escape.
package main

import "fmt"

var props = map[string]interface{}{} // ERROR "map\[string\]interface \{\}\{\} escapes to heap"

func setProp(k string, v interface{}) { // ERROR "leaking param: k" "leaking param: v"
	props[k] = v
}

func localBag(n int, s string) int { // ERROR "leaking param: s"
	bag := map[string]interface{}{} // ERROR "map\[string\]interface \{\}\{\} does not escape"
	bag["n"] = n // ERROR "n escapes to heap"
	bag["s"] = s // ERROR "s escapes to heap"
	return len(bag)
}

func main() {
	setProp("size", 3) // ERROR "3 escapes to heap"
	x := 7 // ERROR "moved to heap: x"
	setProp("ptr", &x)
	fmt.Println(localBag(1, "a"), len(props), *props["ptr"].(*int)) // ERROR "\.\.\. argument does not escape" "localBag\(1, \"a\"\) escapes to heap" "len\(props\) escapes to heap" "\*props\[\"ptr\"\]\.\(\*int\) escapes to heap"
}
