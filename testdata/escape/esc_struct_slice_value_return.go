// Exercises a struct with a slice field returned by value: only the backing array escapes.
package main

import "fmt"

type row struct {
	cells []string
	width int
}

func makeRow(n int) row {
	r := row{width: n}
	r.cells = make([]string, n) // ERROR "make\(\[\]string, n\) escapes to heap"
	for i := range r.cells {
		r.cells[i] = "-"
	}
	return r
}

func fixedRow() row {
	return row{cells: []string{"a", "b"}, width: 2} // ERROR "\[\]string\{\.\.\.\} escapes to heap"
}

func widen(r row) row { // ERROR "leaking param: r to result ~r0 level=0"
	r.width++
	return r
}

func main() {
	r := makeRow(3)
	f := widen(fixedRow())
	fmt.Println(r.width, len(r.cells), f.width, f.cells[1]) // ERROR "\.\.\. argument does not escape" "r\.width escapes to heap" "len\(r\.cells\) escapes to heap" "f\.width escapes to heap" "f\.cells\[1\] escapes to heap"
}
