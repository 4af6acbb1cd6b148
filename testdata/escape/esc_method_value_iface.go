// Exercises method values and method expressions taken from interfaces and concrete types.
package main

import "fmt"

type greeter interface {
	greet() string
}

type english struct {
	name string
}

func (e *english) greet() string { return "hi " + e.name } // ERROR "e does not escape" "\"hi \" \+ e\.name escapes to heap"

var saved func() string

func keepMethod(g greeter) { // ERROR "leaking param: g"
	saved = g.greet // ERROR "g\.greet escapes to heap"
}

func callNow(g greeter) string { // ERROR "leaking param: g"
	f := g.greet // ERROR "g\.greet does not escape"
	return f()
}

func viaExpr(e *english) string { // ERROR "e does not escape"
	f := (*english).greet
	return f(e)
}

func main() {
	e := &english{"ann"} // ERROR "&english\{\.\.\.\} escapes to heap"
	keepMethod(e)
	fmt.Println(callNow(e), viaExpr(e), saved()) // ERROR "\.\.\. argument does not escape" "callNow\(e\) escapes to heap" "viaExpr\(e\) escapes to heap" "saved\(\) escapes to heap"
}
