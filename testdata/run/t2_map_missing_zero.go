// Tests that indexing a missing key yields the zero value of the element type: int, string, bool, struct, array, slice, pointer, map and func.
package main

import "fmt"

type S struct {
	A int
	B string
	C [2]int8
}

func main() {
	mi := map[string]int{"x": 1}
	ms := map[int]string{1: "one"}
	mb := map[int]bool{1: true}
	mst := map[string]S{"x": {1, "b", [2]int8{1, 2}}}
	marr := map[string][4]uint16{"x": {1, 2, 3, 4}}
	msl := map[string][]int{"x": {1}}
	mp := map[string]*S{"x": {A: 1}}
	mm := map[string]map[string]int{"x": {"y": 1}}
	mf := map[string]func() int{"x": func() int { return 1 }}
	mu := map[int]uint64{}

	fmt.Println(mi["nope"], mi["x"])
	fmt.Printf("%q %q\n", ms[2], ms[1])
	fmt.Println(mb[2], mb[1])
	fmt.Printf("%+v %+v\n", mst["nope"], mst["x"])
	fmt.Println(marr["nope"], marr["x"])
	fmt.Println(msl["nope"] == nil, len(msl["nope"]), cap(msl["nope"]), msl["x"])
	fmt.Println(mp["nope"] == nil, mp["x"] != nil)
	fmt.Println(mm["nope"] == nil, len(mm["nope"]), mm["nope"]["y"], mm["x"]["y"])
	fmt.Println(mf["nope"] == nil, mf["x"] != nil, mf["x"]())
	fmt.Println(mu[-1], mu[0])

	// reading missing keys does not insert them
	fmt.Println(len(mi), len(ms), len(mb), len(mst), len(marr), len(msl), len(mp), len(mm), len(mf), len(mu))

	// the zero value is a fresh copy: appending to it does not touch the map
	s := msl["nope"]
	s = append(s, 5)
	fmt.Println(s, len(msl), msl["nope"] == nil)
	st := mst["nope"]
	st.A = 42
	fmt.Println(st.A, mst["nope"].A, len(mst))

	// fields and elements of a missing entry
	fmt.Println(mst["nope"].B == "", mst["x"].C[1], marr["nope"][3], len(ms[99]))
}

// Output:
// 0 1
// "" "one"
// false true
// {A:0 B: C:[0 0]} {A:1 B:b C:[1 2]}
// [0 0 0 0] [1 2 3 4]
// true 0 0 [1]
// true true
// true 0 0 1
// true true 1
// 0 0
// 1 1 1 1 1 1 1 1 1 0
// [5] 1 true
// 42 0 1
// true 2 0 0
