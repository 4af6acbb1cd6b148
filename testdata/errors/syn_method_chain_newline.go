// syntax: a method chain continued by a line starting with . (a semicolon ends the previous line)
package main

type T struct{}

func (T) Foo() T { return T{} }

func main() {
	var x T
	x = x
	.Foo() // ERROR "unexpected \., expecting }"
	_ = x
}
