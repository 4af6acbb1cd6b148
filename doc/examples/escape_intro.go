package main

import "fmt"

type Point struct{ X, Y int }

var origin *Point

func newPoint(x, y int) *Point {
	p := Point{x, y}
	return &p
}

func length2(p *Point) int {
	return p.X*p.X + p.Y*p.Y
}

func remember(p *Point) {
	origin = p
}

func first(ps []*Point) *Point {
	return ps[0]
}

func local() int {
	q := &Point{3, 4}
	return length2(q)
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
	remember(a)
	next := counter()
	next()
	fmt.Println(length2(a), local(), first([]*Point{a}).X, next())
}
