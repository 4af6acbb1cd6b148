// Tests reference semantics of maps passed to functions: callees add, change and delete entries the caller sees, but reassigning the parameter does not change the caller's map.
package main

import "fmt"

func addAll(m map[string]int, keys ...string) {
	for i, k := range keys {
		m[k] = i + 1
	}
}

func bump(m map[string]int, k string) {
	m[k]++
}

func removeOdd(m map[string]int) int {
	n := 0
	for k, v := range m {
		if v%2 == 1 {
			delete(m, k)
			n++
		}
	}
	return n
}

func replace(m map[string]int) {
	m = map[string]int{"replaced": 1}
	m["also"] = 2
}

func replaceViaPointer(pm *map[string]int) {
	*pm = map[string]int{"replaced": 1}
}

func fillNilViaPointer(pm *map[string]int) {
	if *pm == nil {
		*pm = make(map[string]int)
	}
	(*pm)["x"] = 42
}

type Holder struct{ M map[int]string }

func setInHolder(h Holder, k int, v string) { h.M[k] = v }

func sum(m map[string]int) int {
	s := 0
	for _, v := range m {
		s += v
	}
	return s
}

func main() {
	m := map[string]int{}
	addAll(m, "a", "b", "c", "d", "e")
	fmt.Println(m, sum(m))
	bump(m, "a")
	bump(m, "z")
	fmt.Println(m)
	n := removeOdd(m)
	fmt.Println(n, m)
	replace(m)
	fmt.Println(m)
	replaceViaPointer(&m)
	fmt.Println(m)

	var nm map[string]int
	fillNilViaPointer(&nm)
	fmt.Println(nm)

	h := Holder{M: map[int]string{}}
	setInHolder(h, 1, "one")
	setInHolder(h, 2, "two")
	fmt.Println(h.M)

	// maps in a slice passed by value: the slice copy shares the maps
	ms := []map[string]int{{}, {}}
	func(list []map[string]int) {
		for i, mm := range list {
			mm["i"] = i * 10
		}
	}(ms)
	fmt.Println(ms)

	// a map passed as an argument and modified inside a deferred call
	func() {
		defer bump(m, "replaced")
		bump(m, "replaced")
	}()
	fmt.Println(m)
}

// Output:
// map[a:1 b:2 c:3 d:4 e:5] 15
// map[a:2 b:2 c:3 d:4 e:5 z:1]
// 3 map[a:2 b:2 d:4]
// map[a:2 b:2 d:4]
// map[replaced:1]
// map[x:42]
// map[1:one 2:two]
// [map[i:0] map[i:10]]
// map[replaced:3]
