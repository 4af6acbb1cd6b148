// types: an interface value needs a type assertion to become a concrete type; a string is not an error
// needs: types (the type checker reports these)
package main

func fail() error {
	return "failed" // ERROR `cannot use "failed" \(constant of type string\) as type error in return statement:`
}

func main() {
	var x interface{} = 1
	var n int = x // ERROR "cannot use x \(variable of type interface\{\}\) as type int in variable declaration:"
	var s string
	s = x // ERROR "cannot use x \(variable of type interface\{\}\) as type string in assignment:"
	var e error = "oops" // ERROR `cannot use "oops" \(constant of type string\) as type error in variable declaration:`
	takeInt(x) // ERROR "cannot use x \(variable of type interface\{\}\) as type int in argument to takeInt:"
	_, _, _ = n, s, e
	m, ok := x.(int)
	_, _ = m, ok
}

func takeInt(n int) {}
