// types: init must have no parameters and no results, and cannot be referred to
// needs: types (the type checker reports these)
package main

func init(n int) {} // ERROR "func init must have no arguments and no return values"

func init() int { return 1 } // ERROR "func init must have no arguments and no return values"

func init() {}

var init = 3 // ERROR "cannot declare init - must be func"

func main() {
	init() // ERROR "undefined: init"
	f := init // ERROR "undefined: init"
	_ = f
}
