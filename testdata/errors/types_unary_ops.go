// types: unary operators on operands they are not defined on
// needs: types (the type checker reports these)
package main

func main() {
	n := 1
	s := "a"
	b := true
	_ = !n // ERROR "invalid operation: operator ! not defined on n \(variable of type int\)"
	_ = -s // ERROR "invalid operation: operator - not defined on s \(variable of type string\)"
	_ = ^s // ERROR "invalid operation: operator \^ not defined on s \(variable of type string\)"
	_ = -b // ERROR "invalid operation: operator - not defined on b \(variable of type bool\)"
	_ = +b // ERROR "invalid operation: operator \+ not defined on b \(variable of type bool\)"
	_ = ^b // ERROR "invalid operation: operator \^ not defined on b \(variable of type bool\)"
	_ = !s // ERROR "invalid operation: operator ! not defined on s \(variable of type string\)"
	_ = -n
	_ = !b
}
