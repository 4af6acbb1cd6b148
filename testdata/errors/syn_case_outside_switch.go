// syntax: case clause outside a switch
package main

func main() {
	x := 1
	case 1: // ERROR "unexpected case, expecting }"
	_ = x
}
