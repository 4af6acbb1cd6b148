// types: a failed conversion to an interface, or an assignment to a pointer to an interface, explains why after a colon
// needs: types (the type checker reports these)
package main

type I interface{ M() }

type T struct{}

func (*T) M() {}

func main() {
	var x any
	var e error
	_ = I(T{}) // ERROR "cannot convert T\{\} \(value of type T\) to type I:"
	_ = I(x) // ERROR "cannot convert x \(variable of type any\) to type I:"
	_ = error(T{}) // ERROR "cannot convert T\{\} \(value of type T\) to type error:"
	_ = []byte(x) // ERROR "cannot convert x \(variable of type any\) to type \[\]byte:"
	_ = int(e) // ERROR "cannot convert e \(variable of type error\) to type int"
	_ = I(1) // ERROR "cannot convert 1 \(untyped int constant\) to type I"
	var p *any
	p = &T{} // ERROR "cannot use &T\{\} \(value of type \*T\) as type \*any in assignment:"
	var q *error = &T{} // ERROR "cannot use &T\{\} \(value of type \*T\) as type \*error in variable declaration:"
	_ = (*any)(&T{}) // ERROR "cannot convert &T\{\} \(value of type \*T\) to type \*any:"
	_, _ = p, q
}
