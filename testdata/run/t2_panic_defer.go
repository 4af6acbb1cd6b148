// Exercises a panic with a custom value: deferred calls run, in LIFO order, before the program dies.
package main

import "fmt"

func check(n int) {
	defer fmt.Println("check's defer runs during the panic", n)
	if n > 2 {
		panic(fmt.Sprintf("bad value %d", n))
	}
	fmt.Println("ok", n)
}

func main() {
	defer fmt.Println("main's defer runs too")
	for i := 1; i < 5; i++ {
		check(i)
	}
	fmt.Println("not reached")
}

// Output:
// ok 1
// check's defer runs during the panic 1
// ok 2
// check's defer runs during the panic 2
// check's defer runs during the panic 3
// main's defer runs too
// Exit: 2
// Stderr: panic: bad value 3
