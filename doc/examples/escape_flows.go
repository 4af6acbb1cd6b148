package main

import "fmt"

type Point struct{ X, Y int }

var saved *Point

func newPoint(x, y int) *Point {
	p := Point{x, y}
	return &p
}

func keep(p *Point) {
	q := p
	saved = q
}

func first(ps []*Point) *Point {
	return ps[0]
}

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func main() {
	a := newPoint(1, 2)
	keep(a)
	println(first([]*Point{a}).X)
	next := counter()
	fmt.Println(next())
}
