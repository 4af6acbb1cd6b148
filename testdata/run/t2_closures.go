// Exercises func types and values, closures (Go 1.19 loop-variable capture), IIFEs, variadics, recursion and funcs returning funcs.
package main

import "fmt"

type BinOp func(int, int) int

type Visitor func(n int) (stop bool)

func apply(op BinOp, a, b int) int { return op(a, b) }

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func adder(k int) func(int) int { return func(x int) int { return x + k } }

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func curry(a int) func(int) func(int) int {
	return func(b int) func(int) int {
		return func(c int) int { return a*100 + b*10 + c }
	}
}

func sum(prefix string, xs ...int) string {
	t := 0
	for _, x := range xs {
		t += x
	}
	return fmt.Sprint(prefix, len(xs), ":", t)
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func walk(xs []int, v Visitor) {
	for _, x := range xs {
		if v(x) {
			return
		}
	}
}

func main() {
	var op BinOp = func(a, b int) int { return a - b }
	fmt.Println(apply(op, 10, 3), apply(func(a, b int) int { return a * b }, 6, 7))
	c1, c2 := counter(), counter()
	c1()
	c1()
	fmt.Println(c1(), c2())
	fmt.Println(adder(5)(10), compose(adder(1), adder(10))(0), curry(1)(2)(3))
	fmt.Println(sum("a"), sum("b", 1), sum("c", 1, 2, 3))
	xs := []int{4, 5, 6}
	fmt.Println(sum("d", xs...), sum("e", xs[1:]...))
	fmt.Println(fib(20))

	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i }) // Go 1.19: one i shared by all iterations
	}
	for _, v := range []int{10, 20, 30} {
		fs = append(fs, func() int { return v }) // also shared
	}
	for i := 0; i < 3; i++ {
		i := i // per-iteration copy
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println("|")

	r := func(a, b int) int { return a + b }(3, 4)
	total := 0
	func() { total += r }()
	fmt.Println(r, total)
	var fact func(int) int
	fact = func(n int) int {
		if n == 0 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println(fact(10))
	seen := 0
	walk([]int{1, 2, 3, 4}, func(n int) bool { seen += n; return n == 3 })
	fmt.Println(seen)
	var nilf func()
	fmt.Println(nilf == nil, op != nil)
}

// Output:
// 7 42
// 3 1
// 15 11 123
// a0:0 b1:1 c3:6
// d3:15 e2:11
// 6765
// 3 3 3 30 30 30 0 1 2 |
// 7 7
// 3628800
// 6
// true true
