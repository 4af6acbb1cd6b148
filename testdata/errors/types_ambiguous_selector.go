// types: a name promoted from two embedded fields at the same depth is ambiguous
// needs: types (the type checker reports these)
package main

type left struct{ id int }

func (left) Name() string { return "l" }

type right struct{ id int }

func (right) Name() string { return "r" }

type both struct {
	left
	right
}

func main() {
	var b both
	_ = b.id // ERROR "ambiguous selector b\.id"
	_ = b.Name() // ERROR "ambiguous selector b\.Name"
	_ = b.left.id
}
