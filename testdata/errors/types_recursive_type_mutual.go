// types: two struct types that contain each other (gc lists the cycle)
// needs: types (the type checker reports these)
package main

type a struct{ b b } // ERROR "invalid recursive type a" "a refers to" "^a$"
type b struct{ a a } // ERROR "b refers to"

type list struct {
	head *elem
}

type elem struct {
	owner list
	next  *elem
}

func main() {
	_ = list{}
}
