// types: method calls are checked like function calls (gc names the method as recv.Method)
// needs: types (the type checker reports these)
package main

type account struct{ balance int }

func (a *account) Deposit(n int)            { a.balance += n }
func (a account) Can(n int, strict bool) bool { return a.balance >= n }

func main() {
	var acc account
	acc.Deposit() // ERROR "not enough arguments in call to acc\.Deposit"
	acc.Deposit(1, 2) // ERROR "too many arguments in call to acc\.Deposit"
	acc.Deposit("10") // ERROR `cannot use "10" \(untyped string constant\) as int value in argument to acc\.Deposit`
	_ = acc.Can(5) // ERROR "not enough arguments in call to acc\.Can"
	ok := acc.Can(5, "yes") // ERROR `cannot use "yes" \(untyped string constant\) as bool value in argument to acc\.Can`
	f := acc.Deposit
	f("x") // ERROR `cannot use "x" \(untyped string constant\) as int value in argument to f`
	_ = ok
}
