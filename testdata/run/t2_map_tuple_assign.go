// Tests map index expressions in tuple assignments and nested indexes: swaps m[a], m[b] = m[b], m[a], index operands evaluated before any assignment, m[m[k]] and m[k] as a function argument.
package main

import "fmt"

func main() {
	m := map[string]int{"a": 1, "b": 2}
	m["a"], m["b"] = m["b"], m["a"]
	fmt.Println(m)

	// the index operands are evaluated first, then the assignments happen left to right
	i := 0
	idx := map[int]int{}
	i, idx[i] = 5, 7
	fmt.Println(i, idx)

	// the same key assigned twice: the last assignment wins
	m["c"], m["c"] = 10, 20
	fmt.Println(m["c"], len(m))

	// a new key and its len in one statement
	n := map[int]int{}
	n[len(n)], n[len(n)+10] = len(n), len(n)
	fmt.Println(n)

	// m[m[k]]
	next := map[int]int{0: 3, 3: 1, 1: 4, 4: 0}
	fmt.Println(next[next[next[0]]], next[next[next[next[0]]]])
	cycle := 0
	for k := next[0]; k != 0; k = next[k] {
		cycle++
	}
	fmt.Println(cycle)

	// map reads as function arguments and in composite literals
	add := func(a, b int) int { return a + b }
	fmt.Println(add(m["a"], m["b"]), []int{m["a"], m["b"], m["zz"]})

	// assigning a comma-ok pair where the key comes from the same map
	v, ok := next[next[4]]
	fmt.Println(v, ok)

	// rotate three entries with a tuple assignment
	r := map[int]string{0: "x", 1: "y", 2: "z"}
	r[0], r[1], r[2] = r[1], r[2], r[0]
	fmt.Println(r)

	// slice element and map entry swapped
	s := []int{100, 200}
	s[0], m["a"] = m["a"], s[0]
	fmt.Println(s, m["a"])
}

// Output:
// map[a:2 b:1]
// 5 map[0:7]
// 20 3
// map[0:0 10:0]
// 4 0
// 3
// 3 [2 1 0]
// 3 true
// map[0:y 1:z 2:x]
// [2 200] 100
