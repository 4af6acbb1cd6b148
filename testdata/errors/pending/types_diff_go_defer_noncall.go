// types: go and defer of a non-call still check the expression as a call
// needs: types (the type checker reports these)
package main

func f(int) {}

func main() {
	n := 1
	go n // ERROR "expression in go must be function call" "invalid operation: cannot call non-function n \(variable of type int\)"
	defer n // ERROR "expression in defer must be function call" "invalid operation: cannot call non-function n \(variable of type int\)"
	go f // ERROR "expression in go must be function call" "not enough arguments in call to f"
	defer f // ERROR "expression in defer must be function call" "not enough arguments in call to f"
}
