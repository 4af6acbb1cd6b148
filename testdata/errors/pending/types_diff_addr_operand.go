// types: the operand of & must be a value: types and built-ins say so as in any other expression
// needs: types (the type checker reports these)
package main

type code int

func g() {}

func main() {
	_ = &len // ERROR "len \(built-in\) must be called"
	_ = &int // ERROR "int \(type\) is not an expression"
	_ = &code // ERROR "code \(type\) is not an expression"
	_ = &g() // ERROR "g\(\) \(no value\) used as value"
	_ = *g() // ERROR "g\(\) \(no value\) used as value or type"
}
