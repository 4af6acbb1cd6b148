// types: a method with an invalid type in its signature satisfies an interface without complaint
// needs: types (the type checker reports these)
package main

type Speaker interface{ Speak() undef } // ERROR "undefined: undef"

type Dog struct{}

func (Dog) Speak() string { return "" }

func main() {
	_ = Speaker(Dog{})
	var _ Speaker = Dog{}
}
