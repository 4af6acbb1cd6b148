// types: := with no new variable on the left side
// needs: types (the type checker reports these)
package main

func pair() (int, error) { return 1, nil }

func main() {
	a := 1
	a := 2 // ERROR "no new variables on left side of :="
	b, err := pair()
	c, err := pair()
	b, err := pair() // ERROR "no new variables on left side of :="
	_, _, _ = a, b, c
	_ = err
	_ := 5 // ERROR "no new variables on left side of :="
}
