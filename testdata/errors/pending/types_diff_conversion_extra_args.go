// types: the extra arguments of a conversion are only used: no value checks, and reported before the count
// needs: types (the type checker reports these)
package main

func main() {
	n := 1
	_ = int32(n, int8) // ERROR "too many arguments in conversion to int32"
	_ = string(n, undef) // ERROR "undefined: undef" "too many arguments in conversion to string"
	_ = []byte("a", len, "b") // ERROR "too many arguments in conversion to \[\]byte"
}
