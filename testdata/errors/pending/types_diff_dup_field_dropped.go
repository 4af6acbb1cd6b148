// types: a duplicate struct field is dropped: no ambiguous selectors or literal arity errors follow
// needs: types (the type checker reports these)
package main

type T struct {
	a int // ERROR "other declaration of a"
	a int // ERROR "a redeclared"
	b string
}

type U struct {
	x, y *U // ERROR "other declaration of x"
	x    int // ERROR "x redeclared"
}

func main() {
	t := T{1, "s"}
	_ = t.a
	u := U{nil, nil}
	_ = u.x.y
}
