// Tests struct keys: fields of different types (with padding between them), nested structs, empty and anonymous structs, and equality of keys built separately.
package main

import "fmt"

type Point struct {
	X, Y int
}

type Key struct {
	Name string
	ID   int32
	Flag bool
	B    byte
}

type Outer struct {
	P    Point
	Tag  string
	Arr  [2]int16
	Kind uint8
}

func main() {
	grid := map[Point]string{}
	for x := 0; x < 3; x++ {
		for y := 0; y < 3; y++ {
			grid[Point{x, y}] = fmt.Sprint(x*3 + y)
		}
	}
	fmt.Println(len(grid), grid[Point{1, 2}], grid[Point{2, 1}], grid[Point{3, 3}] == "")
	p := Point{}
	p.X = 2
	p.Y = 2
	fmt.Println(grid[p])

	km := map[Key]int{}
	km[Key{"a", 1, true, 7}] = 1
	km[Key{"a", 1, false, 7}] = 2
	km[Key{"a", 2, true, 7}] = 3
	km[Key{"b", 1, true, 7}] = 4
	km[Key{"a", 1, true, 8}] = 5
	// a key whose string is built at run time equals the literal one
	name := string([]byte{'a'})
	km[Key{name, 1, true, 7}] += 100
	fmt.Println(len(km), km[Key{"a", 1, true, 7}], km[Key{Name: "b", ID: 1, Flag: true, B: 7}])

	om := map[Outer]int{}
	om[Outer{Point{1, 2}, "t", [2]int16{-1, 1}, 3}] = 1
	om[Outer{Point{1, 2}, "t", [2]int16{-1, 1}, 4}] = 2
	om[Outer{Point{2, 1}, "t", [2]int16{-1, 1}, 3}] = 3
	om[Outer{Point{1, 2}, "t", [2]int16{1, -1}, 3}] = 4
	om[Outer{P: Point{1, 2}, Tag: "t", Arr: [2]int16{-1, 1}, Kind: 3}] *= 10
	fmt.Println(len(om), om[Outer{Point{1, 2}, "t", [2]int16{-1, 1}, 3}], om[Outer{Point{1, 2}, "t", [2]int16{1, -1}, 3}])
	fmt.Println(om)

	// empty struct keys: all equal
	type E struct{}
	em := map[E]int{}
	em[E{}]++
	em[E{}]++
	fmt.Println(len(em), em[E{}])

	// anonymous struct keys
	am := map[struct {
		a int
		b string
	}]bool{}
	am[struct {
		a int
		b string
	}{1, "x"}] = true
	fmt.Println(len(am), am[struct {
		a int
		b string
	}{1, "x"}])

	// many struct keys
	cnt := map[Point]int{}
	for i := 0; i < 2000; i++ {
		cnt[Point{i % 37, i % 11}]++
	}
	total := 0
	for _, v := range cnt {
		total += v
	}
	fmt.Println(len(cnt), total, cnt[Point{0, 0}], cnt[Point{36, 10}])
}

// Output:
// 9 5 7 true
// 8
// 5 101 4
// 4 10 4
// map[{{1 2} t [-1 1] 3}:10 {{1 2} t [-1 1] 4}:2 {{1 2} t [1 -1] 3}:4 {{2 1} t [-1 1] 3}:3]
// 1 2
// 1 true
// 407 2000 5 4
