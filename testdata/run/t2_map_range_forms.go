// Tests every form of range over a map: key and value, key only, value with _ for the key, no variables, and assignment to existing variables.
package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[string]int{"one": 1, "two": 2, "three": 3, "four": 4}

	var pairs []string
	for k, v := range m {
		pairs = append(pairs, fmt.Sprintf("%s=%d", k, v))
	}
	sort.Strings(pairs)
	fmt.Println(pairs)

	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys)

	var vals []int
	for _, v := range m {
		vals = append(vals, v)
	}
	sort.Ints(vals)
	fmt.Println(vals)

	n := 0
	for range m {
		n++
	}
	fmt.Println(n)

	sum := 0
	for _, _ = range m {
		sum++
	}
	fmt.Println(sum)

	// assignment form: the variables outlive the loop
	var k string
	var v int
	total := 0
	for k, v = range m {
		total += v + len(k)
	}
	fmt.Println(total, len(k) > 0, v > 0)

	// the range expression is evaluated once
	calls := 0
	get := func() map[string]int { calls++; return m }
	cnt := 0
	for range get() {
		cnt++
	}
	fmt.Println(cnt, calls)

	// modifying the loop value does not change the map
	for k, v := range m {
		v *= 100
		_ = k
		_ = v
	}
	fmt.Println(m)

	// assigning through the key changes the map
	for k := range m {
		m[k] *= 10
	}
	fmt.Println(m)

	// break and continue
	seen := 0
	for k := range m {
		if k == "" {
			continue
		}
		seen++
		if seen == 2 {
			break
		}
	}
	fmt.Println(seen)

	// range over an empty map and a map literal
	for k := range map[int]int{} {
		fmt.Println("never", k)
	}
	prod := 1
	for _, v := range map[int]int{1: 2, 2: 3, 3: 7} {
		prod *= v
	}
	fmt.Println(prod)

	// nested ranges over the same map
	pairsCount := 0
	for a := range m {
		for b := range m {
			if a < b {
				pairsCount++
			}
		}
	}
	fmt.Println(pairsCount)
}

// Output:
// [four=4 one=1 three=3 two=2]
// [four one three two]
// [1 2 3 4]
// 4
// 4
// 25 true true
// 4 1
// map[four:4 one:1 three:3 two:2]
// map[four:40 one:10 three:30 two:20]
// 2
// 42
// 6
