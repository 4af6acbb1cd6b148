// types: struct literal keys: mixing keyed and positional elements, unknown and repeated fields
// needs: types (the type checker reports these)
package main

type point struct {
	x, y int
}

type wrap struct {
	point
	label string
}

func main() {
	_ = point{x: 1, 2} // ERROR "mixture of field:value and value elements in struct literal"
	_ = point{1, y: 2} // ERROR "mixture of field:value and value elements in struct literal"
	_ = point{z: 3} // ERROR "unknown field 'z' in struct literal of type point"
	_ = point{x: 1, x: 2} // ERROR "duplicate field name x in struct literal"
	_ = wrap{point: point{}, label: "a"}
	_ = wrap{x: 1} // ERROR "unknown field 'x' in struct literal of type wrap"
	_ = point{"x": 1} // ERROR `invalid field name "x" in struct literal`
}
