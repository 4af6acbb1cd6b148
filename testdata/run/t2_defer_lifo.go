// defer runs in LIFO order at function return, including across early returns and nested calls.
package main

import "fmt"

func three() {
	defer fmt.Println("first deferred, runs last")
	defer fmt.Println("second deferred")
	defer fmt.Println("third deferred, runs first")
	fmt.Println("body of three")
}

func early(n int) int {
	defer fmt.Println("early: deferred", n)
	if n > 0 {
		fmt.Println("early: returning positive")
		return 1
	}
	fmt.Println("early: returning zero")
	return 0
}

func nested() {
	defer fmt.Println("nested outer defer")
	func() {
		defer fmt.Println("inner closure defer")
		fmt.Println("inner closure body")
	}()
	fmt.Println("nested body end")
}

func trace(name string) func() {
	fmt.Println("enter", name)
	return func() { fmt.Println("leave", name) }
}

func a() {
	defer trace("a")()
	b()
}

func b() {
	defer trace("b")()
	fmt.Println("in b")
}

func main() {
	three()
	fmt.Println(early(5))
	fmt.Println(early(0))
	nested()
	a()
	defer fmt.Println("main's defer")
	fmt.Println("main ends")
}

// Output:
// body of three
// third deferred, runs first
// second deferred
// first deferred, runs last
// early: returning positive
// early: deferred 5
// 1
// early: returning zero
// early: deferred 0
// 0
// inner closure body
// inner closure defer
// nested body end
// nested outer defer
// enter a
// enter b
// in b
// leave b
// leave a
// main ends
// main's defer
