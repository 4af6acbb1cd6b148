// Exercises parameters that do not escape: read, compared, or written through.
package main

import "fmt"

type vec struct {
	x, y int
}

func dot(a, b *vec) int { // ERROR "a does not escape" "b does not escape"
	return a.x*b.x + a.y*b.y
}

func total(s []int) int { // ERROR "s does not escape"
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

func same(p, q *int) bool { // ERROR "p does not escape" "q does not escape"
	return p == q
}

func zero(v *vec) { // ERROR "v does not escape"
	v.x, v.y = 0, 0
}

func length(s string) int { // ERROR "s does not escape"
	return len(s)
}

func main() {
	a := vec{1, 2}
	b := vec{3, 4}
	d := dot(&a, &b)
	zero(&a)
	n := 1
	fmt.Println(d, total([]int{1, 2}), same(&n, &n), a.x, length("abc")) // ERROR "\.\.\. argument does not escape" "d escapes to heap" "total\(\[\]int\{\.\.\.\}\) escapes to heap" "\[\]int\{\.\.\.\} does not escape" "same\(&n, &n\) escapes to heap" "a\.x escapes to heap" "length\(\"abc\"\) escapes to heap"
}
