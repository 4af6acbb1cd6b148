// Pointers to structs: auto-dereference for field access, modifications visible via aliases.
package main

import "fmt"

type Point struct {
	X, Y int
}

type Rect struct {
	Min, Max Point
	Name     string
}

func grow(r *Rect, d int) {
	r.Min.X -= d
	r.Min.Y -= d
	r.Max.X += d
	r.Max.Y += d
}

func area(r *Rect) int {
	return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y)
}

func main() {
	p := &Point{3, 4}
	p.X = 10
	(*p).Y = 20
	fmt.Println(*p, p.X, p.Y)

	r := Rect{Point{0, 0}, Point{2, 3}, "r"}
	fmt.Println(area(&r))
	grow(&r, 1)
	fmt.Println(r, area(&r))

	rp := &r
	rp2 := rp
	rp2.Name = "renamed"
	fmt.Println(r.Name, rp.Name)

	mp := &r.Max
	mp.X = 100
	fmt.Println(r.Max)

	pts := []*Point{{1, 2}, {3, 4}, {5, 6}}
	for _, q := range pts {
		q.X, q.Y = q.Y, q.X
	}
	for _, q := range pts {
		fmt.Print(" ", *q)
	}
	fmt.Println()

	var np *Point = new(Point)
	fmt.Println(*np)
	np.X++
	fmt.Println(np.X)

	copyR := *rp
	copyR.Name = "copy"
	fmt.Println(r.Name, copyR.Name)
	fmt.Printf("%v %+v\n", *p, *p)
}

// Output:
// {10 20} 10 20
// 6
// {{-1 -1} {3 4} r} 20
// renamed renamed
// {100 4}
//  {2 1} {4 3} {6 5}
// {0 0}
// 1
// renamed copy
// {10 20} {X:10 Y:20}
