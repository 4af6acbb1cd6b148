// Tests maps whose values are funcs: a dispatch table of operations, missing entries are nil funcs, funcs added at run time, and closures stored as values.
package main

import (
	"fmt"
	"sort"
)

func add(a, b int) int { return a + b }
func sub(a, b int) int { return a - b }

func main() {
	ops := map[string]func(int, int) int{
		"+": add,
		"-": sub,
		"*": func(a, b int) int { return a * b },
	}
	ops["/"] = func(a, b int) int { return a / b }
	ops["%"] = func(a, b int) int { return a % b }

	var names []string
	for k := range ops {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(17, n, 5, "=", ops[n](17, 5))
	}

	if f, ok := ops["^"]; !ok {
		fmt.Println("no ^", f == nil)
	}
	fmt.Println(ops["?"] == nil, ops["+"] != nil)

	// replace an entry
	ops["+"] = func(a, b int) int { return a + b + 1000 }
	fmt.Println(ops["+"](1, 2))
	ops["+"] = add

	// a tiny RPN calculator driven by the table
	prog := []string{"3", "4", "+", "2", "*", "7", "-", "5", "%"}
	var stack []int
	for _, tok := range prog {
		if f, ok := ops[tok]; ok {
			b, a := stack[len(stack)-1], stack[len(stack)-2]
			stack = append(stack[:len(stack)-2], f(a, b))
		} else {
			n := 0
			for _, c := range tok {
				n = n*10 + int(c-'0')
			}
			stack = append(stack, n)
		}
	}
	fmt.Println(stack)

	// closures capturing a counter, stored in a map
	counter := 0
	handlers := map[string]func() string{}
	for _, ev := range []string{"open", "close"} {
		ev := ev
		handlers[ev] = func() string {
			counter++
			return fmt.Sprint(ev, "#", counter)
		}
	}
	fmt.Println(handlers["open"](), handlers["close"](), handlers["open"](), counter)

	// funcs returning maps, in a map
	makers := map[int]func() map[string]int{
		1: func() map[string]int { return map[string]int{"one": 1} },
		2: func() map[string]int { return map[string]int{"one": 1, "two": 2} },
	}
	fmt.Println(makers[1](), len(makers[2]()), makers[2]()["two"])
}

// Output:
// 17 % 5 = 2
// 17 * 5 = 85
// 17 + 5 = 22
// 17 - 5 = 12
// 17 / 5 = 3
// no ^ true
// true true
// 1003
// [2]
// open#1 close#2 open#3 3
// map[one:1] 2 2
