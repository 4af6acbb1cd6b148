// types: embedded fields must be a type name T or a pointer to a non-interface type name *T
// needs: types (the type checker reports these)
package main

type base struct{ id int }

type named interface{ Name() string }

type ptrType *base

type a struct {
	*named // ERROR "embedded field type cannot be a pointer to an interface"
}

type b struct {
	ptrType // ERROR "embedded field type cannot be a pointer"
}

type ok struct {
	*base
	named
}

func main() {
	_, _, _ = a{}, b{}, ok{}
}
