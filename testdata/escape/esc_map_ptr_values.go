// Exercises maps whose values are pointers: pointed-to locals are moved to the heap.
package main

import "fmt"

type rec struct {
	n int
}

func build(n int) map[int]*rec {
	m := make(map[int]*rec) // ERROR "make\(map\[int\]\*rec\) escapes to heap"
	for i := 0; i < n; i++ {
		r := rec{n: i} // ERROR "moved to heap: r"
		m[i] = &r
	}
	return m
}

func localOnly() int {
	m := map[string]*int{} // ERROR "map\[string\]\*int\{\} does not escape"
	a := 5 // ERROR "moved to heap: a"
	m["a"] = &a
	return *m["a"]
}

func put(m map[string]*rec, k string, r *rec) { // ERROR "m does not escape" "leaking param: k" "leaking param: r"
	m[k] = r
}

func main() {
	m := build(3)
	pm := make(map[string]*rec) // ERROR "make\(map\[string\]\*rec\) does not escape"
	put(pm, "z", &rec{n: 26}) // ERROR "&rec\{\.\.\.\} escapes to heap"
	fmt.Println(m[2].n, localOnly(), pm["z"].n) // ERROR "\.\.\. argument does not escape" "m\[2\]\.n escapes to heap" "localOnly\(\) escapes to heap" "pm\[\"z\"\]\.n escapes to heap"
}
