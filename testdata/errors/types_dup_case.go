// types: duplicate constant cases in expression switches (gc does not check repeated true in a tagless switch)
// needs: types (the type checker reports these)
package main

const two = 2

func main() {
	n := 1
	switch n {
	case 1, 2: // ERROR "previous case"
	case 3, 1: // ERROR "duplicate case 1 \(constant of type int\) in expression switch"
	case two: // ERROR "duplicate case two \(constant 2 of type int\) in expression switch"
	}
	s := "a"
	switch s {
	case "a": // ERROR "previous case"
	case "b", "a": // ERROR `duplicate case "a" \(constant of type string\) in expression switch`
	}
	switch {
	case true:
	case true:
	}
}
