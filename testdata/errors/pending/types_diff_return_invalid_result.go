// types: return statements are counted against a result list with an invalid type
// needs: types (the type checker reports these)
package main

func f() (undef, int) { // ERROR "undefined: undef"
	return 1 // ERROR "not enough return values"
}

func g() (int, undef2) { // ERROR "undefined: undef2"
	return 1, 2, 3 // ERROR "too many return values"
}

func main() {
	_, _ = f()
	_, _ = g()
}
