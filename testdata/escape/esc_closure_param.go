// Exercises closures passed as func-valued parameters that are only called.
package main

import "fmt"

func apply(xs []int, f func(int) int) { // ERROR "xs does not escape" "f does not escape"
	for i := range xs {
		xs[i] = f(xs[i])
	}
}

func each(n int, f func(int)) { // ERROR "f does not escape"
	for i := 0; i < n; i++ {
		f(i)
	}
}

func main() {
	xs := []int{1, 2, 3} // ERROR "\[\]int\{\.\.\.\} does not escape"
	k := 3
	apply(xs, func(v int) int { // ERROR "func literal does not escape"
		return v * k
	})
	sum := 0
	each(4, func(i int) { // ERROR "func literal does not escape"
		sum += i
	})
	fmt.Println(xs[2], sum) // ERROR "\.\.\. argument does not escape" "xs\[2\] escapes to heap" "sum escapes to heap"
}
