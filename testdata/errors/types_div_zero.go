// types: division and remainder by a constant zero
// needs: types (the type checker reports these)
package main

const zero = 0

func main() {
	n := 10
	_ = n / 0 // ERROR "invalid operation: division by zero"
	_ = n % 0 // ERROR "invalid operation: division by zero"
	n /= 0 // ERROR "invalid operation: division by zero"
	n %= zero // ERROR "invalid operation: division by zero"
	const c = 5 / zero // ERROR "invalid operation: division by zero"
	_ = 1 % (2 - 2) // ERROR "invalid operation: division by zero"
}
