// syntax recovery: one error in each of several statements of one function
package main

func f(a, b int) int { return a + b }

func main() {
	x := 1
	x = x++     // ERROR "unexpected \+\+ at end of statement"
	y := f(1 2) // ERROR "unexpected literal 2 in argument list; possibly missing comma or \)"
	x = (x + 1))  // ERROR "unexpected \) at end of statement"
	if x := 2 { // ERROR "cannot use x := 2 as value"
	}
	case 3: // ERROR "unexpected case, expecting }"
	_ = y
}
