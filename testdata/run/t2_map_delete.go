// Tests delete: of a present key, of a missing key, twice, on a nil map, on an empty map, then re-inserting a deleted key.
package main

import "fmt"

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	delete(m, "b")
	fmt.Println(len(m), m)
	_, ok := m["b"]
	fmt.Println(ok, m["b"])

	delete(m, "zzz")
	fmt.Println(len(m), m)
	delete(m, "b")
	fmt.Println(len(m))

	m["b"] = 20
	fmt.Println(len(m), m)

	var nm map[string]int
	delete(nm, "x")
	fmt.Println(nm == nil, len(nm))

	em := map[int]int{}
	delete(em, 0)
	fmt.Println(len(em))

	// key expressions with side effects are evaluated once
	calls := 0
	k := func() string { calls++; return "a" }
	delete(m, k())
	fmt.Println(len(m), calls, m)

	// delete everything, one by one
	for _, key := range []string{"a", "b", "c", "d"} {
		delete(m, key)
		fmt.Println(key, len(m))
	}
	m["new"] = 1
	fmt.Println(m)

	// delete with struct and array keys
	type K struct {
		a int
		b string
	}
	sm := map[K]int{{1, "x"}: 1, {1, "y"}: 2, {2, "x"}: 3}
	delete(sm, K{1, "y"})
	delete(sm, K{1, "z"})
	fmt.Println(len(sm), sm[K{1, "x"}], sm[K{1, "y"}], sm[K{2, "x"}])
	am := map[[2]int]bool{{1, 2}: true, {2, 1}: true}
	delete(am, [2]int{2, 1})
	fmt.Println(am)

	// delete half of many keys and check the rest
	big := map[int]int{}
	for i := 0; i < 500; i++ {
		big[i] = -i
	}
	for i := 1; i < 500; i += 2 {
		delete(big, i)
	}
	bad := 0
	for i := 0; i < 500; i++ {
		v, ok := big[i]
		if ok != (i%2 == 0) || (ok && v != -i) {
			bad++
		}
	}
	fmt.Println(len(big), bad)
}

// Output:
// 2 map[a:1 c:3]
// false 0
// 2 map[a:1 c:3]
// 2
// 3 map[a:1 b:20 c:3]
// true 0
// 0
// 2 1 map[b:20 c:3]
// a 2
// b 1
// c 0
// d 0
// map[new:1]
// 2 1 0 3
// map[[1 2]:true]
// 250 0
