// types: make only builds slices, maps and channels; new takes a type
// needs: types (the type checker reports these)
package main

type point struct{ x, y int }

func main() {
	_ = make(int) // ERROR "invalid argument: cannot make int; type must be slice, map, or channel"
	_ = make([]int) // ERROR "invalid operation: make\(\[\]int\) expects 2 or 3 arguments; found 1"
	_ = make(point) // ERROR "invalid argument: cannot make point; type must be slice, map, or channel"
	_ = make([]int, "3") // ERROR `cannot convert "3" \(untyped string constant\) to int`
	_ = make([]int, 5, 2) // ERROR "invalid argument: length and capacity swapped"
	_ = make(map[string]int, 1, 2) // ERROR "invalid operation: make\(map\[string\]int, 1, 2\) expects 1 or 2 arguments; found 3"
	_ = new(5) // ERROR "5 is not a type"
	n := 3
	_ = new(n) // ERROR "n \(variable of type int\) is not a type"
	_ = make([]int, -1) // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
}
