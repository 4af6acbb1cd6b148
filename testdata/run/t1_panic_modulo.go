// Exercises the run-time panic for remainder by zero on an unsigned 8-bit operand (it says "divide" too).
package main

import "fmt"

func digitsIn(n uint8, base uint8) int {
	c := 0
	for {
		c++
		if n < base || base < 2 {
			return c
		}
		n /= base
	}
}

func main() {
	var n uint8 = 200
	for base := uint8(16); ; base /= 2 {
		fmt.Println("base", base, "digits", digitsIn(n, base), "last digit", n%base)
	}
}

// Output:
// base 16 digits 2 last digit 8
// base 8 digits 3 last digit 0
// base 4 digits 4 last digit 0
// base 2 digits 8 last digit 0
// base 1 digits 1 last digit 0
// Exit: 2
// Stderr: panic: runtime error: integer divide by zero
