// types: a conversion of a composite literal of an undefined type still has the type it converts to
// needs: types (the type checker reports these)
package main

type Speaker interface{ Speak() string }

func main() {
	x := Speaker(Dog{}) // ERROR "undefined: Dog"
	_ = x.(Cow) // ERROR "undefined: Cow"
	y := Speaker(undef) // ERROR "undefined: undef"
	_ = y.(Pig)
}
