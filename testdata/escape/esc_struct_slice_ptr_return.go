// Exercises a struct with a slice field returned by pointer: struct and backing array escape.
package main

import "fmt"

type stack struct {
	data []int
	top  int
}

func newStack(n int) *stack {
	s := stack{data: make([]int, n)} // ERROR "moved to heap: s" "make\(\[\]int, n\) escapes to heap"
	return &s
}

func newStackLit() *stack {
	return &stack{data: []int{0, 0, 0, 0}} // ERROR "&stack\{\.\.\.\} escapes to heap" "\[\]int\{\.\.\.\} escapes to heap"
}

func (s *stack) push(v int) { // ERROR "s does not escape"
	s.data[s.top] = v
	s.top++
}

func main() {
	s := newStack(4)
	s.push(1)
	s.push(2)
	t := newStackLit()
	t.push(9)
	fmt.Println(s.top, t.data[0]) // ERROR "\.\.\. argument does not escape" "s\.top escapes to heap" "t\.data\[0\] escapes to heap"
}
