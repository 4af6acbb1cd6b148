// types: passing arguments of the wrong type
// needs: types (the type checker reports these)
package main

import "strconv"

func takeInt(n int) {}
func takeTwo(s string, b bool) {}

func main() {
	s := "12"
	takeInt(s) // ERROR "cannot use s \(variable of type string\) as type int in argument to takeInt"
	takeTwo(1, 2) // ERROR "cannot use 1 \(untyped int constant\) as string value in argument to takeTwo" "cannot use 2 \(untyped int constant\) as bool value in argument to takeTwo"
	n := 5
	_ = strconv.Itoa(s) // ERROR "cannot use s \(variable of type string\) as type int in argument to strconv\.Itoa"
	_, _ = strconv.Atoi(n) // ERROR "cannot use n \(variable of type int\) as type string in argument to strconv\.Atoi"
	takeInt(int64(n)) // ERROR "cannot use int64\(n\) \(value of type int64\) as type int in argument to takeInt"
}
