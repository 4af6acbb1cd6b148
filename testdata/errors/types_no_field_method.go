// types: selecting a field or method that does not exist
// needs: types (the type checker reports these)
package main

type user struct {
	name string
	age  int
}

func (u user) greet() string { return "hi " + u.name }

func main() {
	u := user{name: "ann"}
	_ = u.email // ERROR "u\.email undefined \(type user has no field or method email\)"
	u.save() // ERROR "u\.save undefined \(type user has no field or method save\)"
	p := &u
	_ = p.Name // ERROR "p\.Name undefined \(type \*user has no field or method Name, but does have name\)"
	n := 3
	_ = n.value // ERROR "n\.value undefined \(type int has no field or method value\)"
	var e error
	_ = e.Message // ERROR "e\.Message undefined \(type error has no field or method Message\)"
	_ = user.name // ERROR "user\.name undefined \(type user has no method name\)"
}
