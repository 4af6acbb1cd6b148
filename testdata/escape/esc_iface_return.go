// Exercises values returned as interfaces: the boxed value escapes.
package main

import "fmt"

type shape interface {
	area() int
}

type rect struct {
	w, h int
}

func (r rect) area() int { return r.w * r.h }

func box(n int) interface{} {
	return n // ERROR "n escapes to heap"
}

func makeShape(w, h int) shape {
	return rect{w, h} // ERROR "rect\{\.\.\.\} escapes to heap"
}

func makeShapePtr(w, h int) shape {
	r := &rect{w, h} // ERROR "&rect\{\.\.\.\} escapes to heap"
	return r
}

func main() {
	b := box(5)
	s := makeShape(2, 3)
	t := makeShapePtr(4, 5)
	fmt.Println(b, s.area(), t.area()) // ERROR "\.\.\. argument does not escape" "s\.area\(\) escapes to heap" "t\.area\(\) escapes to heap"
}
