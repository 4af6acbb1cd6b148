// types: values, packages and shadowed type names used where a type is needed
// needs: types (the type checker reports these)
package main

import "fmt"

func helper() {}

func main() {
	n := 1
	var a n // ERROR "n \(variable of type int\) is not a type"
	var b helper // ERROR "helper \(value of type func\(\)\) is not a type"
	var c fmt // ERROR "use of package fmt not in selector"
	var int = 3
	var d int // ERROR "int \(variable of type int\) is not a type"
	_ = []n{} // ERROR "n \(variable of type int\) is not a type"
	_ = make(map[string]n) // ERROR "n \(variable of type int\) is not a type"
	_, _, _, _, _ = a, b, c, d, int
	fmt.Println()
}
