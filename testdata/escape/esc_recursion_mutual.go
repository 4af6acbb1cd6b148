// Exercises mutually recursive functions passing a pointer back and forth.
package main

import "fmt"

type state struct {
	steps int
	trail []int
}

func even(n int, s *state) bool { // ERROR "s does not escape"
	s.steps++
	if n == 0 {
		return true
	}
	return odd(n-1, s)
}

func odd(n int, s *state) bool { // ERROR "s does not escape"
	s.steps++
	if n == 0 {
		return false
	}
	return even(n-1, s)
}

func ping(n int, p *int) *int { // ERROR "leaking param: p"
	if n == 0 {
		return p
	}
	return pong(n-1, p)
}

func pong(n int, p *int) *int { // ERROR "leaking param: p"
	return ping(n, p)
}

func main() {
	s := state{}
	e := even(7, &s)
	x := 5 // ERROR "moved to heap: x"
	p := ping(3, &x)
	fmt.Println(e, s.steps, *p) // ERROR "\.\.\. argument does not escape" "e escapes to heap" "s\.steps escapes to heap" "\*p escapes to heap"
}
