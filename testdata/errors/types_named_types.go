// types: distinct named types do not mix without a conversion, even with the same underlying type
// needs: types (the type checker reports these)
package main

type Celsius int
type Fahrenheit int
type ID string

func toF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

func main() {
	var c Celsius = 100
	var f Fahrenheit = c // ERROR "cannot use c \(variable of type Celsius\) as type Fahrenheit in variable declaration"
	f = toF(f) // ERROR "cannot use f \(variable of type Fahrenheit\) as type Celsius in argument to toF"
	_ = c + f // ERROR "invalid operation: c \+ f \(mismatched types Celsius and Fahrenheit\)"
	n := 5
	c = n // ERROR "cannot use n \(variable of type int\) as type Celsius in assignment"
	var id ID = "x"
	var s string = id // ERROR "cannot use id \(variable of type ID\) as type string in variable declaration"
	_, _ = toF(Celsius(n)), s
}
