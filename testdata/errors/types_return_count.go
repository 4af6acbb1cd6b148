// types: return statements with too many or too few values (gc adds have/want lines)
// needs: types (the type checker reports these)
package main

import "strconv"

func none() {
	return 0 // ERROR "too many return values"
}

func one() int {
	return // ERROR "not enough return values"
}

func two() (int, error) {
	return 1 // ERROR "not enough return values"
}

func parse(s string) int {
	return strconv.Atoi(s) // ERROR "too many return values"
}

func three() (a, b, c int) {
	return 1, 2 // ERROR "not enough return values"
}

func main() {
	none()
	_, _ = one(), parse("1")
	_, _ = two()
	_, _, _ = three()
}
