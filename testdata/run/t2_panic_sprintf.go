// panic(fmt.Sprintf(...)): the message is printed as a string value after the deferred calls.
package main

import "fmt"

type account struct {
	id      int
	balance int
}

func (a *account) withdraw(n int) {
	if n > a.balance {
		panic(fmt.Sprintf("account %d: insufficient funds: have %d, need %d", a.id, a.balance, n))
	}
	a.balance -= n
}

func main() {
	a := &account{id: 7, balance: 100}
	defer fmt.Println("final balance", a.balance) // evaluated now: 100
	for _, n := range []int{30, 50, 40} {
		fmt.Println("withdraw", n)
		a.withdraw(n)
		fmt.Println("left", a.balance)
	}
}

// Output:
// withdraw 30
// left 70
// withdraw 50
// left 20
// withdraw 40
// final balance 100
// Exit: 2
// Stderr: panic: account 7: insufficient funds: have 20, need 40
