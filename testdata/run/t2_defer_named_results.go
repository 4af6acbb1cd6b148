// Deferred closures read and modify named results after the return statement assigned them.
package main

import "fmt"

func double() (r int) {
	defer func() { r *= 2 }()
	return 21
}

func counted() (n int, s string) {
	defer func() {
		n++
		s += "!"
	}()
	n, s = 1, "hi"
	return n + 10, s + "?"
}

func order() (r int) {
	defer func() { r = r*10 + 1 }()
	defer func() { r = r*10 + 2 }()
	defer func() { r = r*10 + 3 }()
	return 0
}

func noEffect() int {
	x := 5
	defer func() { x = 100 }()
	return x // unnamed result: copy taken before defers run
}

func loop() (total int) {
	for i := 1; i <= 4; i++ {
		defer func(k int) { total += k }(i)
	}
	return 1000
}

type result struct {
	vals []int
	ok   bool
}

func build() (res result) {
	defer func() {
		res.vals = append(res.vals, 99)
		res.ok = len(res.vals) > 2
	}()
	res.vals = []int{1, 2}
	return
}

func main() {
	fmt.Println(double())
	fmt.Println(counted())
	fmt.Println(order())
	fmt.Println(noEffect())
	fmt.Println(loop())
	fmt.Println(build())
}

// Output:
// 42
// 12 hi?!
// 321
// 5
// 1010
// {[1 2 99] true}
