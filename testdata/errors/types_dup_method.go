// types: a method declared twice on the same type (value and pointer receivers included)
// needs: types (the type checker reports these)
package main

type stack struct{ items []int }

func (s *stack) Push(n int) { s.items = append(s.items, n) } // ERROR "other declaration of Push"

func (s *stack) Push(n int) {} // ERROR "stack\.Push redeclared in this block"

func (s stack) Len() int { return len(s.items) } // ERROR "other declaration of Len"

func (s *stack) Len() int { return 0 } // ERROR "stack\.Len redeclared in this block"

func main() {
	var s stack
	s.Push(1)
}
