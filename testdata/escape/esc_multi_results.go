// Exercises multiple parameters flowing to multiple unnamed results (~r0, ~r1).
package main

import "fmt"

func swap(a, b *int) (*int, *int) { // ERROR "leaking param: a to result ~r1 level=0" "leaking param: b to result ~r0 level=0"
	return b, a
}

func split(s []int) ([]int, []int) { // ERROR "leaking param: s to result ~r0 level=0" "leaking param: s to result ~r1 level=0"
	m := len(s) / 2
	return s[:m], s[m:]
}

func firstAndGlobal(a, b *int) (*int, int) { // ERROR "leaking param: a to result ~r0 level=0" "b does not escape"
	return a, *b
}

func main() {
	x, y := 1, 2
	p, q := swap(&x, &y)
	l, r := split([]int{1, 2, 3, 4}) // ERROR "\[\]int\{\.\.\.\} does not escape"
	u, v := 5, 6
	f, n := firstAndGlobal(&u, &v)
	fmt.Println(*p, *q, len(l), len(r), *f, n) // ERROR "\.\.\. argument does not escape" "\*p escapes to heap" "\*q escapes to heap" "len\(l\) escapes to heap" "len\(r\) escapes to heap" "\*f escapes to heap" "n escapes to heap"
}
