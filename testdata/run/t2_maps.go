// Exercises maps: make with hint, literals, comma-ok, delete, len, nested maps, m[k]++ and sorted printing.
package main

import (
	"fmt"
	"sort"
)

func main() {
	m := make(map[string]int, 100)
	words := []string{"a", "b", "a", "c", "b", "a"}
	for _, w := range words {
		m[w]++
	}
	fmt.Println(m, len(m))
	v, ok := m["a"]
	fmt.Println(v, ok)
	v, ok = m["zzz"]
	fmt.Println(v, ok)
	if _, ok := m["b"]; ok {
		fmt.Println("has b")
	}
	delete(m, "b")
	delete(m, "not there")
	fmt.Println(m, len(m))
	m["c"] += 10
	m["d"]--
	fmt.Println(m)

	keys := []string{}
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	sum := 0
	for k, v := range m {
		sum += v
		_ = k
	}
	fmt.Println(keys, sum)

	lit := map[int]string{3: "three", 1: "one", 2: "two"}
	fmt.Println(lit, lit[2], lit[9] == "")
	nested := map[string]map[string]int{}
	for _, p := range [][2]string{{"x", "a"}, {"x", "b"}, {"y", "a"}} {
		if nested[p[0]] == nil {
			nested[p[0]] = map[string]int{}
		}
		nested[p[0]][p[1]]++
	}
	nested["x"]["a"] += 5
	fmt.Println(nested, len(nested["x"]), nested["z"]["q"])

	var nilMap map[string]bool
	fmt.Println(nilMap == nil, len(nilMap), nilMap["x"])
	delete(nilMap, "x")
	for range nilMap {
		fmt.Println("never")
	}
	byBool := map[bool][]int{}
	for i := 0; i < 6; i++ {
		byBool[i%2 == 0] = append(byBool[i%2 == 0], i)
	}
	fmt.Println(byBool)
	type key struct{ a, b int }
	mk := map[key]int{{1, 2}: 3}
	mk[key{1, 2}] *= 7
	fmt.Println(mk)
	big := map[int]int{}
	for i := 0; i < 1000; i++ {
		big[i] = i * i
	}
	for i := 0; i < 1000; i += 2 {
		delete(big, i)
	}
	fmt.Println(len(big), big[999], big[998])
}

// Output:
// map[a:3 b:2 c:1] 3
// 3 true
// 0 false
// has b
// map[a:3 c:1] 2
// map[a:3 c:11 d:-1]
// [a c d] 13
// map[1:one 2:two 3:three] two true
// map[x:map[a:6 b:1] y:map[a:1]] 2 0
// true 0 false
// map[false:[1 3 5] true:[0 2 4]]
// map[{1 2}:21]
// 500 998001 0
