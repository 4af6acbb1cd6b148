// branches: break and continue outside a loop (gc checks branches while parsing, in its syntax package)
package main

func main() {
	break // ERROR "break is not in a loop, switch, or select"
	x := 1
	switch x {
	case 1:
		continue // ERROR "continue is not in a loop"
	}
}
