// types: switch cases whose values do not match the switch expression's type
// needs: types (the type checker reports these)
package main

func main() {
	n := 1
	switch n {
	case "one": // ERROR `cannot convert "one" \(untyped string constant\) to int`
	case 2:
	case true: // ERROR "cannot convert true \(untyped bool constant\) to int"
	}
	s := "x"
	switch s {
	case 'x': // ERROR "cannot convert 'x' \(untyped rune constant 120\) to string"
	case "y", 5: // ERROR "cannot convert 5 \(untyped int constant\) to string"
	}
	switch {
	case n: // ERROR "invalid case n in switch on true \(mismatched types int and bool\)"
	case s == "x":
	}
	var f func()
	switch f {
	case nil:
	}
}
