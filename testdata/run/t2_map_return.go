// Tests maps returned from functions: fresh maps, nil maps, maps with multiple results, named map results, and a returned map shared with a cache.
package main

import (
	"fmt"
	"strings"
)

func squares(n int) map[int]int {
	m := make(map[int]int, n)
	for i := 1; i <= n; i++ {
		m[i] = i * i
	}
	return m
}

func none() map[string]int { return nil }

func split(pairs string) (map[string]string, int) {
	out := map[string]string{}
	bad := 0
	for _, p := range strings.Split(pairs, ",") {
		kv := strings.Split(p, "=")
		if len(kv) != 2 {
			bad++
			continue
		}
		out[kv[0]] = kv[1]
	}
	return out, bad
}

func named(keys []string) (index map[string]int) {
	index = map[string]int{}
	for i, k := range keys {
		if _, dup := index[k]; !dup {
			index[k] = i
		}
	}
	return
}

func namedNil(want bool) (m map[int]bool) {
	if want {
		m = map[int]bool{1: true}
	}
	return
}

var cache = map[string]map[int]int{}

func cached(name string, n int) map[int]int {
	if m, ok := cache[name]; ok {
		return m
	}
	m := squares(n)
	cache[name] = m
	return m
}

func main() {
	sq := squares(6)
	fmt.Println(sq, len(sq))
	fmt.Println(squares(3)[3], len(squares(0)), squares(0) == nil)

	n := none()
	fmt.Println(n == nil, len(n), n["x"])

	kv, bad := split("a=1,b=2,broken,c=3,d=4=5")
	fmt.Println(kv, bad)

	fmt.Println(named([]string{"x", "y", "x", "z", "y"}))
	fmt.Println(namedNil(true), namedNil(false) == nil)

	c1 := cached("sq", 4)
	c1[100] = -1
	c2 := cached("sq", 10)
	fmt.Println(len(c2), c2[100], len(cache))

	// a fresh map each call
	a, b := squares(2), squares(2)
	a[1] = 99
	fmt.Println(a[1], b[1])

	// a returned map indexed directly and ranged directly
	total := 0
	for k, v := range squares(10) {
		total += k + v
	}
	fmt.Println(total, squares(5)[5])
}

// Output:
// map[1:1 2:4 3:9 4:16 5:25 6:36] 6
// 9 0 false
// true 0 0
// map[a:1 b:2 c:3] 2
// map[x:0 y:1 z:3]
// map[1:true] true
// 5 -1 1
// 99 1
// 440 25
