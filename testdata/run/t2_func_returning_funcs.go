// Functions returning functions: composition, currying, adders, decorators, func slices.
package main

import "fmt"

func adder(k int) func(int) int {
	return func(x int) int { return x + k }
}

func multiplier(k int) func(int) int {
	return func(x int) int { return x * k }
}

func compose(fs ...func(int) int) func(int) int {
	return func(x int) int {
		for _, f := range fs {
			x = f(x)
		}
		return x
	}
}

func curry(f func(int, int) int) func(int) func(int) int {
	return func(a int) func(int) int {
		return func(b int) int { return f(a, b) }
	}
}

func twice(f func(int) int) func(int) int {
	return func(x int) int { return f(f(x)) }
}

func logged(name string, f func(int) int, out *[]string) func(int) int {
	return func(x int) int {
		r := f(x)
		*out = append(*out, fmt.Sprintf("%s(%d)=%d", name, x, r))
		return r
	}
}

func main() {
	add5 := adder(5)
	mul3 := multiplier(3)
	fmt.Println(add5(1), mul3(7), compose(add5, mul3)(1), compose(mul3, add5)(1))
	fmt.Println(compose()(42))

	sub := curry(func(a, b int) int { return a - b })
	fmt.Println(sub(10)(3), sub(3)(10))

	quad := twice(twice(add5))
	fmt.Println(quad(0), twice(mul3)(2))

	var log []string
	g := logged("add5", add5, &log)
	h := logged("mul3", mul3, &log)
	fmt.Println(compose(g, h, g)(2))
	fmt.Println(log)

	table := []func(int) int{add5, mul3, twice(mul3), adder(-100)}
	for i, f := range table {
		fmt.Print(" ", i, ":", f(i))
	}
	fmt.Println()
	var nilf func(int) int
	fmt.Println(nilf == nil, add5 != nil)
	ops := [...]func(int, int) int{
		func(a, b int) int { return a + b },
		func(a, b int) int { return a * b },
		func(a, b int) int { return a % b },
	}
	for _, op := range ops {
		fmt.Print(" ", op(17, 5))
	}
	fmt.Println()
}

// Output:
// 6 21 18 8
// 42
// 7 -7
// 20 18
// 26
// [add5(2)=7 mul3(7)=21 add5(21)=26]
//  0:5 1:3 2:18 3:-97
// true true
//  22 85 2
