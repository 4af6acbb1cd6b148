// types: type switches: impossible cases, duplicate cases, a non-interface operand
// needs: types (the type checker reports these)
package main

type Shape interface{ Area() int }

type sq struct{}

func (*sq) Area() int { return 0 }

func main() {
	var s Shape = &sq{}
	switch s.(type) {
	case sq: // ERROR "impossible type switch case: sq"
	case int: // ERROR "impossible type switch case: int"
	case *sq, *sq: // ERROR "duplicate case \*sq in type switch" "previous case"
	}
	n := 4
	switch n.(type) { // ERROR "n \(variable of type int\) is not an interface"
	case int:
	}
	switch v := s.(type) {
	case string: // ERROR "impossible type switch case: string"
		_ = v
	}
}
