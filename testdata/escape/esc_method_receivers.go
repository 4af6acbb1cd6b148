// Exercises method calls with pointer and value receivers that do not leak.
package main

import "fmt"

type vec struct {
	x, y int
}

func (v vec) sum() int { return v.x + v.y }

func (v *vec) scale(k int) { // ERROR "v does not escape"
	v.x *= k
	v.y *= k
}

func (v *vec) len2() int { return v.x*v.x + v.y*v.y } // ERROR "v does not escape"

func (v vec) add(w vec) vec {
	return vec{v.x + w.x, v.y + w.y}
}

func main() {
	a := vec{1, 2}
	a.scale(3)
	b := a.add(vec{1, 1})
	p := &b
	fmt.Println(a.sum(), p.len2(), p.sum()) // ERROR "\.\.\. argument does not escape" "vec\.sum\(a\) escapes to heap" "\(\*vec\)\.len2\(p\) escapes to heap" "vec\.sum\(p\) escapes to heap"
}
