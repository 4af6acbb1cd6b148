// types: a struct type cannot have a field and a method with the same name
// needs: types (the type checker reports these)
package main

type user struct {
	name string // ERROR "other declaration of name"
	Age  int // ERROR "other declaration of Age"
}

func (u user) name() string { return "x" } // ERROR "field and method with the same name name"

func (u *user) Age() int { return 0 } // ERROR "field and method with the same name Age"

func (u user) Name() string { return "" }

func main() {
	_ = user{}
}
