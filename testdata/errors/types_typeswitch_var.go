// types: the variable of a type switch has the case's type in each clause, and must be used
// needs: types (the type checker reports these)
package main

func main() {
	var x interface{} = 1
	switch v := x.(type) {
	case int:
		_ = v + "a" // ERROR `invalid operation: v \+ "a" \(mismatched types int and untyped string\)`
	case string:
		_ = v * 2 // ERROR "invalid operation: v \* 2 \(mismatched types string and untyped int\)"
	case bool, byte:
		_ = v + 1 // ERROR "invalid operation: v \+ 1 \(mismatched types interface\{\} and int\)"
	}
	switch w := x.(type) { // ERROR "w declared but not used"
	case bool:
	}
	switch x.(type) {
	case undefinedType: // ERROR "undefined: undefinedType"
	}
}
