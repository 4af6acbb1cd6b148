// Exercises switch statements with init statements: scoping of the init variables, shadowing and function calls in init.
package main

import "fmt"

func divmod(a, b int) (int, int) { return a / b, a % b }

var calls int

func next() int {
	calls++
	return calls
}

func main() {
	x := "outer"
	switch x := 5; x {
	case 5:
		fmt.Println("inner x", x)
	}
	fmt.Println("x is", x)

	for n := 10; n <= 14; n++ {
		switch q, r := divmod(n, 4); {
		case r == 0:
			fmt.Println(n, "divisible, q =", q)
		case q > 2 && r > 1:
			fmt.Println(n, "big remainder", r)
		default:
			fmt.Println(n, "q r", q, r)
		}
	}

	// the tag is evaluated once, cases in order and lazily
	switch v := next(); v + next() {
	case next() * 10:
		fmt.Println("no")
	case next() + 1, next() - 2:
		fmt.Println("matched second case, v =", v)
	case next():
		fmt.Println("not evaluated")
	}
	fmt.Println("calls", calls)

	switch s := "go"; {
	case len(s) == 2:
		s += "sub"
		fmt.Println(s)
	}
	switch y := 3; y {
	case 1, 2, 3:
		y := y * 100 // shadows the init variable inside the clause
		fmt.Println(y)
	}
	switch a, b := 1, 2; a + b {
	default:
		a, b = b, a
		fmt.Println(a, b)
	}
}

// Output:
// inner x 5
// x is outer
// 10 q r 2 2
// 11 q r 2 3
// 12 divisible, q = 3
// 13 q r 3 1
// 14 big remainder 2
// matched second case, v = 1
// calls 5
// gosub
// 300
// 2 1
