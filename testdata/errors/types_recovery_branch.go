// types: branch errors (found after parsing) and type errors in one file: gc reports both kinds, in line order
// needs: types (the type checker reports these)
package main

func main() {
	total := "sum: " + 1 // ERROR `invalid operation: "sum: " \+ 1 \(mismatched types untyped string and untyped int\)`
	for {
		continue next // ERROR "continue label not defined: next"
	}
	var count int = "none" // ERROR `cannot use "none" \(untyped string constant\) as int value in variable declaration`
unused: // ERROR "label unused defined and not used"
	for i := 0; i < 3; i++ {
		_ = i * "x" // ERROR `invalid operation: i \* "x" \(mismatched types int and untyped string\)`
	}
	_ = count
}
