// types: function literals are checked like functions: results, returns, unused variables
// needs: types (the type checker reports these)
package main

func main() {
	square := func(n int) int {
		if n > 0 {
			return n * n
		}
	} // ERROR "missing return"
	greet := func() string {
		return 1 // ERROR "cannot use 1 \(untyped int constant\) as string value in return statement"
	}
	noop := func() {
		return "x" // ERROR "too many return values"
	}
	each := func() {
		unused := 0 // ERROR "unused declared but not used"
	}
	_, _ = square(2), greet()
	noop()
	each()
}
