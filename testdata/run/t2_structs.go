// Exercises struct literals (keyed, positional, nested, &T), embedding, anonymous structs, tags and ++/-- on fields and elements.
package main

import "fmt"

type Point struct{ X, Y int }

type Rect struct {
	Min, Max Point
	Label    string `json:"label,omitempty"`
}

type Base struct {
	ID   int
	Name string
}

type Animal struct {
	Base
	*Point
	Legs int "legs are counted"
}

type Empty struct{}

func main() {
	p := Point{1, 2}
	q := Point{Y: 5}
	r := Rect{Min: p, Max: Point{X: 10, Y: 20}, Label: "r"}
	pr := &Rect{Point{}, Point{3, 4}, "ptr"}
	fmt.Println(p, q, r, *pr)
	fmt.Println(r.Max.X-r.Min.X, pr.Max.Y, p == Point{1, 2}, p != q)

	a := Animal{Base: Base{ID: 7, Name: "cat"}, Point: &Point{1, 1}, Legs: 4}
	fmt.Println(a.ID, a.Name, a.Base.Name, a.X, a.Point.Y, a.Legs)
	a.ID++
	a.X--
	a.Legs -= 1
	a.Base.Name += "!"
	fmt.Println(a.Base, *a.Point, a.Legs)

	anon := struct {
		Name string
		Age  int
	}{"bob", 30}
	anon.Age++
	fmt.Printf("%v %+v\n", anon, anon)
	pts := []struct{ A, B int }{{1, 2}, {B: 9}}
	pts[1].A++
	fmt.Println(pts)

	arr := [3]int{}
	arr[1]++
	arr[2]--
	grid := [2][2]int{{1, 2}, {3, 4}}
	grid[1][0]++
	fmt.Println(arr, grid)
	ps := []Point{{1, 1}, {2, 2}}
	ps[0].X++
	ps[1].Y *= 10
	fmt.Println(ps)
	m := map[string]*Point{"o": {0, 0}}
	m["o"].X++
	fmt.Println(*m["o"])

	var e Empty
	fmt.Println(e == Empty{}, struct{}{} == struct{}{})
	var z Rect
	fmt.Printf("%+v\n", z)
	copyR := r
	copyR.Min.X = 100
	fmt.Println(r.Min.X, copyR.Min.X)
}

// Output:
// {1 2} {0 5} {{1 2} {10 20} r} {{0 0} {3 4} ptr}
// 9 4 true true
// 7 cat cat 1 1 4
// {8 cat!} {0 1} 3
// {bob 31} {Name:bob Age:31}
// [{1 2} {1 9}]
// [0 1 -1] [[1 2] [4 4]]
// [{2 1} {2 20}]
// {1 0}
// true true
// {Min:{X:0 Y:0} Max:{X:0 Y:0} Label:}
// 1 100
