// A panicking program runs its deferred calls (printing to stdout) before the panic message.
package main

import "fmt"

type T struct{ name string }

func (t T) bye() { fmt.Println("bye", t.name) }

func inner(n int) {
	defer fmt.Println("inner deferred", n)
	if n == 0 {
		panic(fmt.Sprintf("reached zero after %d levels", 3))
	}
	inner(n - 1)
}

func main() {
	defer fmt.Println("main deferred 1")
	t := T{"main"}
	defer t.bye()
	total := 0
	defer func() {
		fmt.Println("closure sees total", total)
	}()
	for i := 1; i <= 4; i++ {
		total += i
	}
	fmt.Println("calling inner")
	inner(3)
	fmt.Println("not reached")
}

// Output:
// calling inner
// inner deferred 0
// inner deferred 1
// inner deferred 2
// inner deferred 3
// closure sees total 10
// bye main
// main deferred 1
// Exit: 2
// Stderr: panic: reached zero after 3 levels
