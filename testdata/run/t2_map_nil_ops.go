// Tests that a nil map supports read, comma-ok, len, range, delete and fmt printing without panicking.
package main

import "fmt"

type S struct{ A, B int }

var global map[string]int

func main() {
	var m map[string]int
	fmt.Println(m["x"], len(m))
	v, ok := m["x"]
	fmt.Println(v, ok)
	for k, v := range m {
		fmt.Println("never", k, v)
	}
	for range m {
		fmt.Println("never")
	}
	delete(m, "x")
	fmt.Println(m, len(m), m == nil)
	fmt.Printf("%v %d %#v\n", m, m, m)

	fmt.Println(global["y"], len(global), global == nil)

	var ms map[int]S
	fmt.Printf("%+v\n", ms[3])
	var mm map[string]map[string]int
	fmt.Println(mm["a"]["b"], len(mm["a"]))

	var st struct {
		M map[int]bool
	}
	fmt.Println(st.M[1], len(st.M), st.M == nil)

	// a nil map assigned from a function and from a variable
	get := func() map[string]int { return nil }
	n := get()
	fmt.Println(n["a"], len(n))
	n = m
	fmt.Println(n == nil)

	// making it non-nil then nil again
	m = map[string]int{"a": 1}
	fmt.Println(len(m), m["a"])
	m = nil
	fmt.Println(len(m), m["a"], m == nil)
}

// Output:
// 0 0
// 0 false
// map[] 0 true
// map[] map[] map[string]int(nil)
// 0 0 true
// {A:0 B:0}
// 0 0
// false 0 true
// 0 0
// true
// 1 1
// 0 0 true
