// Closures as counters and generators: each call of the factory gets its own captured variables.
package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func accumulator(start int) (add func(int), get func() int) {
	sum := start
	add = func(k int) { sum += k }
	get = func() int { return sum }
	return
}

func main() {
	c1 := counter()
	c2 := counter()
	fmt.Println(c1(), c1(), c1(), c2(), c1(), c2())

	f := fibGen()
	for i := 0; i < 15; i++ {
		fmt.Print(" ", f())
	}
	fmt.Println()

	add, get := accumulator(100)
	add(5)
	add(-20)
	fmt.Println(get())
	add(1)
	fmt.Println(get())

	x := 1
	inc := func() { x++ }
	inc()
	inc()
	fmt.Println(x)
	x = 10
	inc()
	fmt.Println(x)

	idGen := func(prefix string) func() string {
		id := 0
		return func() string {
			id++
			return fmt.Sprintf("%s-%03d", prefix, id)
		}
	}
	u, o := idGen("user"), idGen("order")
	fmt.Println(u(), u(), o(), u())
}

// Output:
// 1 2 3 1 4 2
//  0 1 1 2 3 5 8 13 21 34 55 89 144 233 377
// 85
// 86
// 3
// 11
// user-001 user-002 order-001 user-003
