// types: fallthrough must be the last statement of a non-final case of an expression switch
package main

func main() {
	n := 1
	switch n {
	case 1:
		fallthrough
	case 2:
		fallthrough // ERROR "cannot fallthrough final case in switch"
	}
	var x interface{} = n
	switch x.(type) {
	case int:
		fallthrough // ERROR "cannot fallthrough in type switch"
	case string:
	}
	switch {
	case n > 0:
		if n > 1 {
			fallthrough // ERROR "fallthrough statement out of place"
		}
	default:
	}
}
