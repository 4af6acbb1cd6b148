// types: structs and arrays that hold slices, maps or funcs are not comparable
// needs: types (the type checker reports these)
package main

type bag struct {
	items []string
}

type handlers struct {
	on func()
}

func main() {
	x, y := bag{}, bag{}
	_ = x == y // ERROR "invalid operation: x == y \(struct containing \[\]string cannot be compared\)"
	h1, h2 := handlers{}, handlers{}
	_ = h1 != h2 // ERROR "invalid operation: h1 != h2 \(struct containing func\(\) cannot be compared\)"
	var g1, g2 [2][]int
	_ = g1 == g2 // ERROR "invalid operation: g1 == g2 \(\[2\]\[\]int cannot be compared\)"
	var i interface{} = 1
	_ = i == x // ERROR "invalid operation: i == x \(struct containing \[\]string cannot be compared\)"
}
