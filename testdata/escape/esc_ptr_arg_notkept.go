// Exercises a pointer to a local passed to functions that only read or write through it.
package main

import "fmt"

type stats struct {
	min, max int
}

func inc(p *int) { // ERROR "p does not escape"
	*p = *p + 1
}

func update(s *stats, v int) { // ERROR "s does not escape"
	if v < s.min {
		s.min = v
	}
	if v > s.max {
		s.max = v
	}
}

func read(p *int) int { // ERROR "p does not escape"
	return *p * 2
}

func main() {
	x := 5
	inc(&x)
	s := stats{min: 100, max: -100}
	for _, v := range []int{3, 9, -2} { // ERROR "\[\]int\{\.\.\.\} does not escape"
		update(&s, v)
	}
	fmt.Println(read(&x), s.min, s.max) // ERROR "\.\.\. argument does not escape" "read\(&x\) escapes to heap" "s\.min escapes to heap" "s\.max escapes to heap"
}
