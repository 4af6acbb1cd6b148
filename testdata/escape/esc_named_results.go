// Exercises parameters flowing into named results, including a named result whose address leaks.
package main

import "fmt"

type pair struct {
	a, b *int
}

func order(x, y *int) (lo, hi *int) { // ERROR "leaking param: x to result lo level=0" "leaking param: x to result hi level=0" "leaking param: y to result lo level=0" "leaking param: y to result hi level=0"
	if *x < *y {
		lo, hi = x, y
	} else {
		lo, hi = y, x
	}
	return
}

func wrap(p *int) (res pair) { // ERROR "leaking param: p to result res level=0"
	res.a = p
	return
}

func counter() (n int, pn *int) { // ERROR "moved to heap: n"
	n = 3
	pn = &n
	return
}

func main() {
	a, b := 8, 2
	lo, hi := order(&a, &b)
	c := 5
	w := wrap(&c)
	n, pn := counter()
	fmt.Println(*lo, *hi, *w.a, n, *pn) // ERROR "\.\.\. argument does not escape" "\*lo escapes to heap" "\*hi escapes to heap" "\*w\.a escapes to heap" "n escapes to heap" "\*pn escapes to heap"
}
