// Tests map composite literals: empty literals, elided key and value types for struct, array, slice, map and pointer elements.
package main

import "fmt"

type P struct {
	X, Y int
}

func main() {
	empty := map[string]int{}
	fmt.Println(len(empty), empty == nil, empty)

	byPoint := map[P]string{{1, 2}: "a", {3, 4}: "b", {X: 5}: "c", {Y: 6}: "d"}
	fmt.Println(len(byPoint), byPoint[P{1, 2}], byPoint[P{5, 0}], byPoint[P{0, 6}], byPoint[P{2, 1}] == "")

	lists := map[string][]int{"a": {1, 2}, "b": {}, "c": nil, "d": {3, 4, 5}}
	fmt.Println(len(lists), lists["a"], len(lists["b"]), lists["b"] == nil, lists["c"] == nil, lists["d"][2])

	ptrs := map[string]*P{"a": {1, 2}, "b": {Y: 9}, "n": nil}
	fmt.Println(ptrs["a"].X, ptrs["a"].Y, *ptrs["b"], ptrs["n"] == nil, ptrs["zz"] == nil)
	ptrs["a"].X = 100
	fmt.Println(*ptrs["a"])

	arrs := map[[2]int][3]string{{1, 1}: {"x", "y", "z"}, {2, 2}: {"q"}}
	fmt.Println(arrs[[2]int{1, 1}], arrs[[2]int{2, 2}][0], len(arrs[[2]int{2, 2}][1]))

	nested := map[string]map[string]int{"outer": {"in": 1, "two": 2}, "e": {}}
	fmt.Println(nested["outer"]["two"], len(nested["e"]), nested)

	byArr := map[string][2]P{"k": {{1, 2}, {3, 4}}}
	fmt.Println(byArr["k"][1].X, byArr)

	sliceOfMaps := []map[int]string{{1: "one"}, {2: "two", 3: "three"}, nil}
	fmt.Println(len(sliceOfMaps), sliceOfMaps[1][3], sliceOfMaps[2] == nil, sliceOfMaps)

	structOfMap := struct {
		Name string
		Tags map[string]bool
	}{"t", map[string]bool{"go": true, "c": false}}
	fmt.Println(structOfMap.Tags["go"], structOfMap.Tags["c"], len(structOfMap.Tags))

	// keys computed at run time, values from function calls
	k := "dyn"
	calls := 0
	next := func() int { calls++; return calls * 10 }
	dyn := map[string]int{k + "1": next(), k + "2": next(), k: next()}
	fmt.Println(dyn, calls)

	type pair struct {
		a string
		b int
	}
	mp := map[pair][]P{{"x", 1}: {{1, 1}, {2, 2}}, {"y", 2}: {{3, 3}}}
	fmt.Println(len(mp[pair{"x", 1}]), mp[pair{"y", 2}][0].Y, mp)
}

// Output:
// 0 false map[]
// 4 a c d true
// 4 [1 2] 0 false true 5
// 1 2 {0 9} true true
// {100 2}
// [x y z] q 0
// 2 0 map[e:map[] outer:map[in:1 two:2]]
// 3 map[k:[{1 2} {3 4}]]
// 3 three true [map[1:one] map[2:two 3:three] map[]]
// true false 2
// map[dyn:30 dyn1:10 dyn2:20] 3
// 2 3 map[{x 1}:[{1 1} {2 2}] {y 2}:[{3 3}]]
