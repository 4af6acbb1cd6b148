// types: package variables whose initializers depend on each other
// needs: types (the type checker reports these)
package main

var a = b + 1 // ERROR "initialization loop for a" "a refers to" "^a$"
var b = a * 2 // ERROR "b refers to"

var x = f() // ERROR "initialization loop for x" "x refers to" "^x$"

func f() int { return x } // ERROR "f refers to"

var ok1 = ok2 + 1
var ok2 = 3

func main() {
	println(a, b, x, ok1)
}
