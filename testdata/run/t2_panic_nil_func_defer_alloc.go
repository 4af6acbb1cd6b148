// A call of a nil func value faults; the runtime turns the fault into
// gc's panic and runs the deferred calls first, on the signal stack.
// Here the deferred call allocates a lot: under GOSUBDEBUG=gcstress=1
// the collector must not try to scan the signal stack (it once did, and
// crashed).
package main

import "fmt"

func cleanup() {
	s := ""
	n := 0
	for i := 0; i < 2000; i++ {
		s = fmt.Sprint(i)
		n += len(s)
	}
	fmt.Println("cleanup done", s, n)
}

func main() {
	defer cleanup()
	var f func()
	fmt.Println("calling a nil func")
	f()
}

// Output:
// calling a nil func
// cleanup done 1999 6890
// Exit: 2
// Stderr: panic: runtime error: invalid memory address or nil pointer dereference
