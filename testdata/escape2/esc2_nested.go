// Nested closures: a variable captured through two levels of func literals.
package main

var out func() int

func outer() {
	count := 0
	inc := func() {
		bump := func() { count++ }
		bump()
	}
	inc()
	out = func() int { return count }
}

func counterPair() (func(), func() int) {
	n := 0
	return func() { n++ }, func() int { return n }
}

func main() {
	outer()
	a, b := counterPair()
	a()
	println(out(), b())
}
