// Tests copying a map by ranging over it: the copy is independent of the original (writes, deletes), and copies of maps with slice values share the slices' arrays.
package main

import "fmt"

func clone(src map[string]int) map[string]int {
	dst := make(map[string]int, len(src))
	for k, v := range src {
		dst[k] = v
	}
	return dst
}

func equal(a, b map[string]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}

func main() {
	orig := map[string]int{"a": 1, "b": 2, "c": 3}
	cp := clone(orig)
	fmt.Println(cp, equal(orig, cp))

	cp["a"] = 100
	cp["d"] = 4
	delete(cp, "b")
	fmt.Println(orig, cp, equal(orig, cp))

	// an assignment is not a copy
	alias := orig
	alias["z"] = 26
	fmt.Println(len(orig), orig["z"], equal(orig, alias))

	// copying a nil map yields an empty, non-nil map
	var nm map[string]int
	c2 := clone(nm)
	fmt.Println(c2 == nil, len(c2), equal(nm, c2))

	// shallow copy: slice values share their arrays
	sl := map[string][]int{"x": {1, 2, 3}}
	sc := map[string][]int{}
	for k, v := range sl {
		sc[k] = v
	}
	sc["x"][0] = 99
	sc["x"] = append(sc["x"], 4)
	fmt.Println(sl, sc)

	// deep copy of a map of maps
	deep := map[string]map[string]int{"p": {"q": 1}}
	dc := map[string]map[string]int{}
	for k, inner := range deep {
		n := map[string]int{}
		for k2, v2 := range inner {
			n[k2] = v2
		}
		dc[k] = n
	}
	dc["p"]["q"] = 2
	fmt.Println(deep, dc)

	// inverting a map by ranging
	inv := map[int]string{}
	for k, v := range orig {
		inv[v] = k
	}
	fmt.Println(inv)

	// copy a large map and compare
	big := map[string]int{}
	for i := 0; i < 1000; i++ {
		big[fmt.Sprint(i)] = i * i
	}
	bc := clone(big)
	fmt.Println(len(bc), equal(big, bc), bc["999"])
}

// Output:
// map[a:1 b:2 c:3] true
// map[a:1 b:2 c:3] map[a:100 c:3 d:4] false
// 4 26 true
// false 0 true
// map[x:[99 2 3]] map[x:[99 2 3 4]]
// map[p:map[q:1]] map[p:map[q:2]]
// map[1:a 2:b 3:c 26:z]
// 1000 true 998001
