// Exercises interfaces: method sets, embedded interfaces, any/interface{}, boxing and comparison of interface values.
package main

import "fmt"

type Shape interface {
	Area() int
	Perimeter() int
}

type Namer interface{ Name() string }

type NamedShape interface {
	Shape
	Namer
}

type Rect struct{ W, H int }

func (r Rect) Area() int      { return r.W * r.H }
func (r Rect) Perimeter() int { return 2 * (r.W + r.H) }
func (r Rect) Name() string   { return "rect" }

type Square struct{ S int }

func (s *Square) Area() int      { return s.S * s.S } // only *Square has these methods
func (s *Square) Perimeter() int { return 4 * s.S }
func (s *Square) Name() string   { return "square" }
func (s *Square) Grow()          { s.S++ }

func describe(s NamedShape) string {
	return fmt.Sprintf("%s area=%d perim=%d", s.Name(), s.Area(), s.Perimeter())
}

func main() {
	sq := &Square{3}
	shapes := []NamedShape{Rect{2, 5}, sq}
	for _, s := range shapes {
		fmt.Println(describe(s))
	}
	sq.Grow()
	fmt.Println(describe(shapes[1]))
	var sh Shape = shapes[0] // interface to smaller interface
	var n Namer = sq
	fmt.Println(sh.Area(), n.Name())

	var a any = 42
	var e interface{} = "str"
	var b any = 42
	fmt.Println(a == b, a == e, a != nil, a == 42, e == "str")
	var r1, r2 Shape = Rect{1, 2}, Rect{1, 2}
	fmt.Println(r1 == r2, r1 == Shape(Rect{2, 1}))
	var s1, s2 Shape = &Square{1}, &Square{1}
	fmt.Println(s1 == s2, s1 == s1)
	var none Shape
	var nilSq *Square
	var withNil Shape = nilSq
	fmt.Println(none == nil, withNil == nil, withNil != none)
	vals := []any{1, "two", Rect{3, 3}, nil, true, []int{4}, map[string]int{"k": 5}, sq}
	for _, v := range vals {
		fmt.Printf("%T=%v;", v, v)
	}
	fmt.Println()
	var i8 any = int8(42)
	fmt.Println(i8 == a, i8 == any(int8(42)))
	empty := interface{}(nil)
	fmt.Println(empty == nil)
	var stack []interface{}
	stack = append(stack, 1, "x", 'r')
	fmt.Println(stack...)
}

// Output:
// rect area=10 perim=14
// square area=9 perim=12
// square area=16 perim=16
// 10 square
// true false true true true
// true false
// false true
// true false true
// int=1;string=two;main.Rect={3 3};<nil>=<nil>;bool=true;[]int=[4];map[string]int=map[k:5];*main.Square=&{4};
// false true
// true
// 1 x 114
