// Exercises deferred closures inside a loop: each func literal escapes to the heap.
package main

import "fmt"

var order []int

func unwind(n int) {
	for i := 0; i < n; i++ { // ERROR "moved to heap: i"
		defer func() { // ERROR "func literal escapes to heap"
			order = append(order, i)
		}()
	}
}

func sumDeferred(xs []int) (total int) { // ERROR "xs does not escape" "moved to heap: total"
	for _, x := range xs {
		v := x
		defer func() { // ERROR "func literal escapes to heap"
			total += v
		}()
	}
	return 0
}

func main() {
	unwind(3)
	fmt.Println(len(order), sumDeferred([]int{1, 2, 3})) // ERROR "\.\.\. argument does not escape" "len\(order\) escapes to heap" "sumDeferred\(\[\]int\{\.\.\.\}\) escapes to heap" "\[\]int\{\.\.\.\} does not escape"
}
