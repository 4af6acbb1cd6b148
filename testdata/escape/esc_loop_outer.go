// Exercises taking the address of a variable declared outside the loop: it stays on the stack.
package main

import "fmt"

func lastAddr(n int) int {
	var x int
	var p *int
	for i := 0; i < n; i++ {
		x = i * 2
		p = &x
	}
	if p == nil {
		return -1
	}
	return *p
}

func sumAddr(xs []int) int { // ERROR "xs does not escape"
	total := 0
	for _, v := range xs {
		p := &total
		*p += v
	}
	return total
}

func main() {
	fmt.Println(lastAddr(5), sumAddr([]int{3, 9, 4})) // ERROR "\.\.\. argument does not escape" "lastAddr\(5\) escapes to heap" "sumAddr\(\[\]int\{\.\.\.\}\) escapes to heap" "\[\]int\{\.\.\.\} does not escape"
}
