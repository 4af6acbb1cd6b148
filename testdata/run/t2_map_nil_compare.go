// Tests comparing maps with nil (m == nil, m != nil, nil == m) for declared, made, literal, assigned-nil, returned and field maps, and in switch cases.
package main

import "fmt"

type T struct {
	M map[string]int
}

func maybe(b bool) map[string]int {
	if b {
		return map[string]int{}
	}
	return nil
}

func describe(m map[string]int) string {
	switch {
	case m == nil:
		return "nil"
	case len(m) == 0:
		return "empty"
	}
	return "non-empty"
}

func main() {
	var a map[string]int
	b := make(map[string]int)
	c := map[string]int{}
	d := map[string]int{"x": 1}
	fmt.Println(a == nil, b == nil, c == nil, d == nil)
	fmt.Println(a != nil, b != nil, c != nil, d != nil)
	fmt.Println(nil == a, nil != d)

	d = nil
	fmt.Println(d == nil, len(d))
	b = a
	fmt.Println(b == nil)

	fmt.Println(maybe(true) == nil, maybe(false) == nil)

	var t T
	fmt.Println(t.M == nil)
	t.M = map[string]int{}
	fmt.Println(t.M == nil, t.M != nil)

	fmt.Println(describe(nil), describe(a), describe(c), describe(map[string]int{"k": 1}))

	// a made map with everything deleted is still non-nil
	e := map[int]int{1: 1}
	delete(e, 1)
	fmt.Println(e == nil, len(e))

	var named map[int]bool = nil
	fmt.Println(named == nil)
	ms := []map[int]int{nil, {}, make(map[int]int, 10)}
	for i, m := range ms {
		fmt.Println(i, m == nil)
	}
}

// Output:
// true false false false
// false true true true
// true true
// true 0
// true
// false true
// true
// false true
// nil nil empty non-empty
// false 0
// true
// 0 true
// 1 false
// 2 false
