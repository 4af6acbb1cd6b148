// types: how gc counts uses around errors: a name used only where gc rejects it early is unused; a variable with a bad initializer is not reported
// needs: types (the type checker reports these)
package main

import "fmt" // ERROR `imported and not used: "fmt"`

func main() {
	n := 3 // ERROR "n declared but not used"
	var a [n]int // ERROR "invalid array length n"
	_ = a
	_ = fmt // ERROR "use of package fmt not in selector"
	total := "sum: " + 1 // ERROR `invalid operation: "sum: " \+ 1 \(mismatched types untyped string and untyped int\)`
	var bad int = undefinedValue // ERROR "undefined: undefinedValue"
	var s []int = 5 // ERROR "cannot use 5 \(untyped int constant\) as \[\]int value in variable declaration"
}
