package main

import "fmt"

type Shape interface {
	Area() int
	Name() string
}

type Rect struct{ W, H int }

func (r Rect) Area() int    { return r.W * r.H }
func (r Rect) Name() string { return "rect" }

type Square struct{ S int }

func (s *Square) Area() int    { return s.S * s.S }
func (s *Square) Name() string { return "square" }

func total(shapes []Shape) int {
	sum := 0
	for _, s := range shapes {
		sum += s.Area()
	}
	return sum
}

func kind(x interface{}) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case *Square:
		return fmt.Sprint("square of side ", v.S)
	case Shape:
		return v.Name()
	}
	return "something else"
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Square{4}}
	fmt.Println(total(shapes))
	fmt.Println(kind(shapes[0]), "|", kind(shapes[1]), "|", kind(nil), "|", kind(7))
	sq, ok := shapes[1].(*Square)
	fmt.Println(sq.S, ok, shapes[0] == Rect{2, 3})
}
