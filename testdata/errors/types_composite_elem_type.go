// types: slice, array and struct literal elements of the wrong type
// needs: types (the type checker reports these)
package main

type point struct {
	x, y int
	name string
}

func main() {
	nums := []int{1, "2", 3} // ERROR `cannot use "2" \(untyped string constant\) as int value in array or slice literal`
	flags := [2]bool{true, 1} // ERROR "cannot use 1 \(untyped int constant\) as bool value in array or slice literal"
	p := point{1, 2, 3} // ERROR "cannot use 3 \(untyped int constant\) as string value in struct literal"
	q := point{x: "a", name: 5} // ERROR `cannot use "a" \(untyped string constant\) as int value in struct literal` "cannot use 5 \(untyped int constant\) as string value in struct literal"
	grid := [][]int{{1}, {"x"}, []string{"y"}} // ERROR `cannot use "x" \(untyped string constant\) as int value in array or slice literal` "cannot use \[\]string\{…\} \(value of type \[\]string\) as type \[\]int in array or slice literal"
	_, _, _, _, _ = nums, flags, p, q, grid
}
