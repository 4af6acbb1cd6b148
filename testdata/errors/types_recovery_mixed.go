// types: several independent mistakes in different functions; gc reports every one
// needs: types (the type checker reports these)
package main

import (
	"fmt"
	"os" // ERROR `imported and not used: "os"`
)

func add(a, b int) int {
	return a + b + c // ERROR "undefined: c"
}

func greet(name string) string {
	return "hi " + len(name) // ERROR `invalid operation: "hi " \+ len\(name\) \(mismatched types untyped string and int\)`
}

func loop() {
	for i := 0; i < 3; i++ {
		total := i // ERROR "total declared but not used"
	}
}

func main() {
	fmt.Println(add(1, "2")) // ERROR `cannot use "2" \(untyped string constant\) as int value in argument to add`
	greet() // ERROR "not enough arguments in call to greet"
}
