// Exercises type assertions from interfaces, to concrete types and to other interfaces.
package main

import "fmt"

type namer interface {
	name() string
}

type user struct {
	n string
}

func (u *user) name() string { return u.n } // ERROR "leaking param: u to result ~r0 level=1"

func asUser(x interface{}) *user { // ERROR "leaking param: x to result ~r0 level=0"
	if u, ok := x.(*user); ok {
		return u
	}
	return nil
}

func asNamer(x interface{}) string { // ERROR "leaking param: x"
	if n, ok := x.(namer); ok {
		return n.name()
	}
	return "?"
}

func asInt(x interface{}) int { // ERROR "x does not escape"
	return x.(int) + 1
}

func main() {
	u := &user{"ann"} // ERROR "&user\{\.\.\.\} escapes to heap"
	got := asUser(u)
	fmt.Println(got.n, asNamer(u), asNamer(5), asInt(41)) // ERROR "\.\.\. argument does not escape" "got\.n escapes to heap" "asNamer\(u\) escapes to heap" "asNamer\(5\) escapes to heap" "5 escapes to heap" "asInt\(41\) escapes to heap" "41 does not escape"
}
