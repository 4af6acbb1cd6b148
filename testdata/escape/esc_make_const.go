// Exercises make with a constant size: small slices stay on the stack unless they escape.
package main

import "fmt"

func squares() int {
	s := make([]int, 10) // ERROR "make\(\[\]int, 10\) does not escape"
	for i := range s {
		s[i] = i * i
	}
	return s[9]
}

func withCap() int {
	s := make([]int, 0, 16) // ERROR "make\(\[\]int, 0, 16\) does not escape"
	for i := 0; i < 16; i++ {
		s = append(s, i)
	}
	return len(s)
}

func leaked() []int {
	s := make([]int, 4) // ERROR "make\(\[\]int, 4\) escapes to heap"
	s[0] = 1
	return s
}

func main() {
	l := leaked()
	fmt.Println(squares(), withCap(), l[0]) // ERROR "\.\.\. argument does not escape" "squares\(\) escapes to heap" "withCap\(\) escapes to heap" "l\[0\] escapes to heap"
}
