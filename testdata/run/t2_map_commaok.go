// Tests the comma-ok form of map index in :=, =, var declarations, if-init and switch-init statements, with _ for either result.
package main

import "fmt"

type T struct{ N int }

func main() {
	m := map[string]int{"a": 1, "zero": 0}

	v, ok := m["a"]
	fmt.Println(v, ok)
	v2, ok2 := m["zero"]
	fmt.Println(v2, ok2)

	v, ok = m["missing"]
	fmt.Println(v, ok)
	v, ok = m["zero"]
	fmt.Println(v, ok)

	var w, found = m["a"]
	fmt.Println(w, found)
	var x int
	var present bool
	x, present = m["nope"]
	fmt.Println(x, present)
	var y, has = m["zero"]
	fmt.Println(y, has)

	if v, ok := m["a"]; ok {
		fmt.Println("a present", v)
	} else {
		fmt.Println("a missing", v)
	}
	if _, ok := m["b"]; !ok {
		fmt.Println("b missing")
	}
	if n, ok := m["zero"]; ok && n == 0 {
		fmt.Println("zero present with value 0")
	}
	_, ok = m["a"]
	fmt.Println(ok)
	v, _ = m["a"]
	fmt.Println(v)

	switch v, ok := m["a"]; {
	case ok && v > 0:
		fmt.Println("switch: positive")
	case ok:
		fmt.Println("switch: present")
	default:
		fmt.Println("switch: missing")
	}

	// comma-ok with struct and slice values
	ts := map[int]T{1: {5}}
	t, ok := ts[1]
	fmt.Println(t.N, ok)
	t, ok = ts[2]
	fmt.Println(t.N, ok)
	ls := map[int][]string{1: nil}
	l, ok := ls[1]
	fmt.Println(l == nil, ok)
	l, ok = ls[2]
	fmt.Println(l == nil, ok)

	// comma-ok on a nil map
	var nm map[string]bool
	b, ok := nm["x"]
	fmt.Println(b, ok)

	// comma-ok into existing variables of a different scope, in a loop
	count := 0
	for _, k := range []string{"a", "b", "zero", "c", "a"} {
		if _, ok = m[k]; ok {
			count++
		}
	}
	fmt.Println(count, ok)

	// the key expression is evaluated once
	calls := 0
	key := func() string { calls++; return "a" }
	if v, ok := m[key()]; ok {
		fmt.Println(v, calls)
	}
}

// Output:
// 1 true
// 0 true
// 0 false
// 0 true
// 1 true
// 0 false
// 0 true
// a present 1
// b missing
// zero present with value 0
// true
// 1
// switch: positive
// 5 true
// 0 false
// true true
// true false
// false false
// 3 true
// 1 1
