// Exercises closures that capture and modify local variables without escaping.
package main

import "fmt"

type acc struct {
	total int
}

func count(xs []int) int { // ERROR "xs does not escape"
	n := 0
	add := func(v int) { // ERROR "func literal does not escape"
		if v > 0 {
			n++
		}
	}
	for _, x := range xs {
		add(x)
	}
	return n
}

func readOnly() int {
	base := 10
	f := func(v int) int { // ERROR "func literal does not escape"
		return base + v
	}
	return f(5)
}

func modifyStruct() int {
	a := acc{}
	inc := func(d int) { a.total += d } // ERROR "func literal does not escape"
	inc(3)
	inc(4)
	return a.total
}

func main() {
	fmt.Println(count([]int{1, -2, 3}), readOnly(), modifyStruct()) // ERROR "\.\.\. argument does not escape" "count\(\[\]int\{\.\.\.\}\) escapes to heap" "\[\]int\{\.\.\.\} does not escape" "readOnly\(\) escapes to heap" "modifyStruct\(\) escapes to heap"
}
