// types: an error in one statement does not hide the errors in the next ones
// needs: types (the type checker reports these)
package main

func main() {
	a := undefinedA + 1 // ERROR "undefined: undefinedA"
	b := a * "x"
	var c string = 1 // ERROR "cannot use 1 \(untyped int constant\) as string value in variable declaration"
	c = c + true // ERROR "invalid operation: c \+ true \(mismatched types string and untyped bool\)"
	d := []int{1}
	d.push(2) // ERROR "d\.push undefined \(type \[\]int has no field or method push\)"
	if d { // ERROR "non-boolean condition in if statement"
	}
	_, _ = b, c
}
