// syntax: the operand of defer and go must be a call, not parenthesized
package main

func f() {}

func main() {
	defer f     // ERROR "expression in defer must be function call"
	go f        // ERROR "expression in go must be function call"
	defer (f()) // ERROR "expression in defer must not be parenthesized"
}
