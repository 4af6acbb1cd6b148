// Exercises func-valued parameters stored in globals: they leak and the literals escape.
package main

import "fmt"

var handlers []func(int) int
var onDone func()

func register(f func(int) int) { // ERROR "leaking param: f"
	handlers = append(handlers, f)
}

func setDone(f func()) { // ERROR "leaking param: f"
	onDone = f
}

func main() {
	factor := 2
	register(func(v int) int { // ERROR "func literal escapes to heap"
		return v * factor
	})
	done := false // ERROR "moved to heap: done"
	setDone(func() { // ERROR "func literal escapes to heap"
		done = true
	})
	onDone()
	fmt.Println(handlers[0](21), done) // ERROR "\.\.\. argument does not escape" "handlers\[0\]\(21\) escapes to heap" "done escapes to heap"
}
