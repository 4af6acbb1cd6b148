// types: the blank identifier can be assigned to but never read
// needs: types (the type checker reports these)
package main

func main() {
	_ = 1
	x := _ // ERROR "cannot use _ as value or type"
	println(_) // ERROR "cannot use _ as value or type"
	var y int = _ + 1 // ERROR "cannot use _ as value or type"
	_ = x
	_ = y
	_, z := 1, 2
	_ = z
	if _ == 0 { // ERROR "cannot use _ as value or type"
	}
}
