// Exercises defer: LIFO order, argument evaluation at the defer statement, deferred closures changing named results.
package main

import "fmt"

func order() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("body done")
}

func args() {
	x := 1
	defer fmt.Println("arg evaluated at defer:", x)
	defer func() { fmt.Println("closure sees:", x) }()
	x = 2
}

func double() (n int) {
	defer func() { n *= 2 }()
	n = 5
	return n + 1 // n = 6, then doubled
}

func tripleReturn() (s string) {
	defer func() { s += "!" }()
	return "hi"
}

type T struct{ name string }

func (t T) Close() { fmt.Println("close", t.name) }

func (t *T) Rename(s string) { t.name = s }

func methods() {
	t := T{"first"}
	defer t.Close() // receiver copied now
	p := &t
	defer p.Rename("ignored")
	defer func() { fmt.Println("name at exit:", t.name) }()
	t.name = "second"
}

func nested() (r int) {
	defer func() {
		defer func() { r += 100 }()
		r += 10
	}()
	return 1
}

func main() {
	order()
	args()
	fmt.Println(double(), tripleReturn())
	methods()
	fmt.Println(nested())
	f := func(s string) { fmt.Println("deferred func value", s) }
	defer f("last")
	defer fmt.Println("main's first deferred print")
	fmt.Println("main body")
}

// Output:
// body done
// deferred 2
// deferred 1
// deferred 0
// closure sees: 2
// arg evaluated at defer: 1
// 12 hi!
// name at exit: second
// close first
// 111
// main body
// main's first deferred print
// deferred func value last
