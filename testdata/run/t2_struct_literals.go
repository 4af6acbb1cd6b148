// Struct literals: keyed, positional, partial, nested, &T{}, and elided types in slice/array literals.
package main

import "fmt"

type P struct {
	X, Y int
}

type Seg struct {
	From, To P
	Label    string
}

func main() {
	a := P{1, 2}
	b := P{Y: 5}
	c := P{}
	d := &P{X: 7}
	fmt.Println(a, b, c, *d)

	s := Seg{P{0, 0}, P{3, 4}, "diag"}
	t := Seg{To: P{Y: 9}, Label: "up"}
	fmt.Printf("%+v\n%+v\n", s, t)

	pts := []P{{1, 1}, {X: 2}, {Y: 3}, {}}
	fmt.Println(pts, len(pts))

	pps := []*P{{1, 2}, {X: 3}, &P{5, 6}}
	for _, p := range pps {
		fmt.Print(" ", p.X+p.Y)
	}
	fmt.Println()

	segs := [...]Seg{{From: P{1, 1}}, {P{2, 2}, P{3, 3}, "x"}}
	fmt.Println(len(segs), segs[1].To.X, segs[0].Label == "")

	nested := [][]P{{{1, 2}}, {{3, 4}, {5, 6}}}
	fmt.Println(nested)

	arrp := [2]*Seg{{Label: "first"}, {Label: "second"}}
	arrp[0].From.X = 10
	fmt.Println(arrp[0].From, arrp[1].Label)

	anon := []struct {
		name string
		n    int
	}{{"a", 1}, {"b", 2}, {name: "c"}}
	for _, x := range anon {
		fmt.Print(x.name, x.n, ";")
	}
	fmt.Println()
	e := &Seg{}
	e.Label = "empty"
	fmt.Printf("%v\n", *e)
}

// Output:
// {1 2} {0 5} {0 0} {7 0}
// {From:{X:0 Y:0} To:{X:3 Y:4} Label:diag}
// {From:{X:0 Y:0} To:{X:0 Y:9} Label:up}
// [{1 1} {2 0} {0 3} {0 0}] 4
//  3 3 11
// 2 3 true
// [[{1 2}] [{3 4} {5 6}]]
// {10 0} second
// a1;b2;c0;
// {{0 0} {0 0} empty}
