// Func values: top-level functions as values, passed to higher-order functions, stored in structs.
package main

import "fmt"

func square(x int) int { return x * x }
func neg(x int) int    { return -x }

func mapInts(s []int, f func(int) int) []int {
	out := make([]int, len(s))
	for i, v := range s {
		out[i] = f(v)
	}
	return out
}

func filter(s []int, keep func(int) bool) []int {
	var out []int
	for _, v := range s {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

func reduce(s []int, init int, f func(int, int) int) int {
	acc := init
	for _, v := range s {
		acc = f(acc, v)
	}
	return acc
}

type Op struct {
	Name string
	Fn   func(int, int) int
}

func main() {
	s := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	fmt.Println(mapInts(s, square))
	fmt.Println(mapInts(s, neg))
	evens := filter(s, func(x int) bool { return x%2 == 0 })
	fmt.Println(evens)
	fmt.Println(reduce(s, 0, func(a, b int) int { return a + b }))
	fmt.Println(reduce(mapInts(evens, square), 1, func(a, b int) int { return a * b % 1000003 }))

	ops := []Op{
		{"add", func(a, b int) int { return a + b }},
		{"max", func(a, b int) int {
			if a > b {
				return a
			}
			return b
		}},
	}
	for _, op := range ops {
		fmt.Println(op.Name, reduce(s, 0, op.Fn))
	}
	f := square
	f = neg
	fmt.Println(f(3))
	var g func(int) int
	if g == nil {
		g = square
	}
	fmt.Println(g(12))
}

// Output:
// [1 4 9 16 25 36 49 64 81 100]
// [-1 -2 -3 -4 -5 -6 -7 -8 -9 -10]
// [2 4 6 8 10]
// 55
// 745558
// add 55
// max 10
// -3
// 144
