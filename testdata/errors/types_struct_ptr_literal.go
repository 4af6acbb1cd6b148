// types: a struct value and a pointer to it are different types
// needs: types (the type checker reports these)
package main

type point struct{ x, y int }

func move(p *point)      { p.x++ }
func show(p point) string { return "" }

func main() {
	var p *point = point{1, 2} // ERROR "cannot use point\{…\} \(value of type point\) as type \*point in variable declaration"
	var q point = &point{1, 2} // ERROR "cannot use &point\{…\} \(value of type \*point\) as type point in variable declaration"
	move(*p) // ERROR "cannot use \*p \(variable of type point\) as type \*point in argument to move"
	_ = show(p) // ERROR "cannot use p \(variable of type \*point\) as type point in argument to show"
	r := &point{}
	r = point{} // ERROR "cannot use point\{\} \(value of type point\) as type \*point in assignment"
	move(&q)
	list := []point{&point{}} // ERROR "cannot use &point\{\} \(value of type \*point\) as type point in array or slice literal"
	_ = list
}
