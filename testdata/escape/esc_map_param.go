// Exercises map parameters that are only read, ranged over, or modified in place.
package main

import "fmt"

func lookup(m map[string]int, k string) int { // ERROR "m does not escape" "k does not escape"
	return m[k]
}

func sum(m map[string]int) int { // ERROR "m does not escape"
	t := 0
	for _, v := range m {
		t += v
	}
	return t
}

func bump(m map[string]int, k string) { // ERROR "m does not escape" "leaking param: k"
	m[k]++
}

func drop(m map[string]int, k string) { // ERROR "m does not escape" "k does not escape"
	delete(m, k)
}

func main() {
	m := map[string]int{"a": 1, "b": 2} // ERROR "map\[string\]int\{\.\.\.\} does not escape"
	bump(m, "a")
	drop(m, "b")
	fmt.Println(lookup(m, "a"), sum(m), len(m)) // ERROR "\.\.\. argument does not escape" "lookup\(m, \"a\"\) escapes to heap" "sum\(m\) escapes to heap" "len\(m\) escapes to heap"
}
