// Exercises a named interface with several implementations kept in a slice of interfaces.
package main

import "fmt"

type shape interface {
	area() int
}

type square struct{ s int }
type rect struct{ w, h int }

func (q square) area() int { return q.s * q.s }
func (r *rect) area() int  { return r.w * r.h } // ERROR "r does not escape"

func total(shapes []shape) int { // ERROR "leaking param content: shapes"
	t := 0
	for _, s := range shapes {
		t += s.area()
	}
	return t
}

func build(n int) []shape {
	var out []shape
	for i := 1; i <= n; i++ {
		out = append(out, square{i}, &rect{i, 2}) // ERROR "square\{\.\.\.\} escapes to heap" "&rect\{\.\.\.\} escapes to heap"
	}
	return out
}

func main() {
	local := []shape{square{2}, &rect{1, 3}} // ERROR "\[\]shape\{\.\.\.\} does not escape" "square\{\.\.\.\} escapes to heap" "&rect\{\.\.\.\} escapes to heap"
	fmt.Println(total(local), total(build(3))) // ERROR "\.\.\. argument does not escape" "total\(local\) escapes to heap" "total\(build\(3\)\) escapes to heap"
}
