// Exercises deferred calls inside loops with pointer and value arguments.
package main

import "fmt"

var sum int

func addTo(p *int, v int) { // ERROR "p does not escape"
	*p += v
}

func record(v int) {
	sum += v
}

func loopDefers(n int) int {
	total := 0 // ERROR "moved to heap: total"
	for i := 0; i < n; i++ {
		defer addTo(&total, i)
		defer record(i)
	}
	return total
}

func loopCells(n int) {
	for i := 0; i < n; i++ {
		c := i * 10 // ERROR "moved to heap: c"
		defer addTo(&c, 1)
	}
}

func main() {
	r := loopDefers(4)
	loopCells(2)
	fmt.Println(r, sum) // ERROR "\.\.\. argument does not escape" "r escapes to heap" "sum escapes to heap"
}
