// types: calls with too many or too few arguments (gc adds have/want lines)
// needs: types (the type checker reports these)
package main

import "strings"

func add(a, b int) int  { return a + b }
func none()             {}
func two() (int, int)   { return 1, 2 }
func three() (int, int, int) { return 1, 2, 3 }

func main() {
	_ = add(1) // ERROR "not enough arguments in call to add"
	_ = add(1, 2, 3) // ERROR "too many arguments in call to add"
	none(1) // ERROR "too many arguments in call to none"
	_ = add() // ERROR "not enough arguments in call to add"
	_ = add(three()) // ERROR "too many arguments in call to add"
	_ = strings.Repeat("a") // ERROR "not enough arguments in call to strings\.Repeat"
	_ = strings.Contains("a", "b", "c") // ERROR "too many arguments in call to strings\.Contains"
	_ = add(two())
}
