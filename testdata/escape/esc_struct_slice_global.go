// Exercises a pointer to a struct with a slice field stored in a global.
package main

import "fmt"

type table struct {
	rows [][]int
	tag  string
}

var current *table
var all []*table

func install(t *table) { // ERROR "leaking param: t"
	current = t
	all = append(all, t)
}

func build(n int) {
	t := table{tag: "t"} // ERROR "moved to heap: t"
	for i := 0; i < n; i++ {
		t.rows = append(t.rows, []int{i, i * i}) // ERROR "\[\]int\{\.\.\.\} escapes to heap"
	}
	install(&t)
}

func main() {
	build(3)
	build(1)
	fmt.Println(len(current.rows), len(all), all[0].rows[2][1]) // ERROR "\.\.\. argument does not escape" "len\(current\.rows\) escapes to heap" "len\(all\) escapes to heap" "all\[0\]\.rows\[2\]\[1\] escapes to heap"
}
