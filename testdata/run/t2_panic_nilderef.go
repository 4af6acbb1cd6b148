// Exercises the runtime panic for a nil pointer dereference.
package main

import "fmt"

type T struct{ v int }

func main() {
	var p *T
	fmt.Println(p == nil)
	defer fmt.Println("deferred before crash")
	fmt.Println(p.v)
	fmt.Println("not reached")
}

// Output:
// true
// deferred before crash
// Exit: 2
// Stderr: panic: runtime error: invalid memory address or nil pointer dereference
