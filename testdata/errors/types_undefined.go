// types: undefined names: a variable, a function, a type, a package member
// needs: types (the type checker reports these)
package main

import "strings"

func main() {
	x := 1
	y = x // ERROR "undefined: y"
	fmt.Println(x) // ERROR "undefined: fmt"
	var t Thing // ERROR "undefined: Thing"
	_ = t
	z := strings.Reverse("abc") // ERROR "undefined: strings\.Reverse"
	_ = z
	undefinedFunc(x) // ERROR "undefined: undefinedFunc"
}
