// Exercises parameters returned directly: leaking to result ~r0 at level 0.
package main

import "fmt"

type box struct {
	v int
}

func identity(p *int) *int { // ERROR "leaking param: p to result ~r0 level=0"
	return p
}

func pick(a, b *box, first bool) *box { // ERROR "leaking param: a to result ~r0 level=0" "leaking param: b to result ~r0 level=0"
	if first {
		return a
	}
	return b
}

func tail(s []int) []int { // ERROR "leaking param: s to result ~r0 level=0"
	return s[1:]
}

func main() {
	x := 1
	p := identity(&x)
	b1 := box{1}
	b2 := box{2}
	b := pick(&b1, &b2, false)
	t := tail([]int{1, 2, 3}) // ERROR "\[\]int\{\.\.\.\} does not escape"
	fmt.Println(*p, b.v, len(t)) // ERROR "\.\.\. argument does not escape" "\*p escapes to heap" "b\.v escapes to heap" "len\(t\) escapes to heap"
}
