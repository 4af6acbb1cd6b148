// Exercises taking the address of a variable declared inside a loop into a pointer declared outside.
package main

import "fmt"

func lastAddr(n int) int {
	var p *int
	for i := 0; i < n; i++ {
		x := i * 2 // ERROR "moved to heap: x"
		p = &x
	}
	if p == nil {
		return -1
	}
	return *p
}

func maxAddr(xs []int) int { // ERROR "xs does not escape"
	var best *int
	for _, v := range xs {
		c := v // ERROR "moved to heap: c"
		if best == nil || c > *best {
			best = &c
		}
	}
	return *best
}

func main() {
	fmt.Println(lastAddr(5), maxAddr([]int{3, 9, 4})) // ERROR "\.\.\. argument does not escape" "lastAddr\(5\) escapes to heap" "maxAddr\(\[\]int\{\.\.\.\}\) escapes to heap" "\[\]int\{\.\.\.\} does not escape"
}
