// types: local names that shadow builtins and packages hide them for the rest of the scope
// needs: types (the type checker reports these)
package main

import "fmt" // ERROR `imported and not used: "fmt"`

func main() {
	s := []int{1, 2}
	_ = s
	len := 3
	_ = len(s) // ERROR "invalid operation: cannot call non-function len \(variable of type int\)"
	fmt := "shadow"
	fmt.Println("hi") // ERROR "fmt\.Println undefined \(type string has no field or method Println\)"
	true := 0
	if true { // ERROR "non-boolean condition in if statement"
	}
	nil := 1
	var p *int = nil // ERROR "cannot use nil \(variable of type int\) as type \*int in variable declaration"
	_ = p
}
