// Exercises deferred calls whose arguments are pointers to locals.
package main

import "fmt"

type res struct {
	name   string
	closed bool
}

func closeRes(r *res) { // ERROR "r does not escape"
	r.closed = true
}

func report(p *int, label string) { // ERROR "p does not escape" "leaking param: label"
	fmt.Println(label, *p) // ERROR "\.\.\. argument does not escape" "label escapes to heap" "\*p escapes to heap"
}

func use() bool {
	r := res{name: "file"}
	defer closeRes(&r)
	n := 42
	defer report(&n, "n =")
	n++
	return r.closed
}

func main() {
	fmt.Println(use()) // ERROR "\.\.\. argument does not escape" "use\(\) escapes to heap"
}
