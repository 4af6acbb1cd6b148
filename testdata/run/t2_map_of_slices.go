// Tests maps of slices: append into m[k] (m[k] = append(m[k], x)), grouping, aliasing of a slice stored in the map, and element writes through m[k][i].
package main

import (
	"fmt"
	"sort"
)

func main() {
	groups := map[int][]int{}
	for i := 0; i < 20; i++ {
		groups[i%3] = append(groups[i%3], i)
	}
	fmt.Println(groups)
	fmt.Println(len(groups[0]), len(groups[1]), len(groups[2]), groups[5] == nil)

	// writes through an element of a stored slice reach the map's slice
	groups[0][0] = -1
	s := groups[1]
	s[0] = -2
	fmt.Println(groups[0][:3], groups[1][:3])

	// appending to a copy beyond capacity does not change the stored slice header
	t := groups[2]
	t = append(t, 100)
	fmt.Println(len(t), len(groups[2]))

	// group words by first letter
	words := []string{"apple", "avocado", "banana", "blueberry", "cherry", "apricot", "beet"}
	byLetter := map[byte][]string{}
	for _, w := range words {
		byLetter[w[0]] = append(byLetter[w[0]], w)
	}
	var letters []int
	for l := range byLetter {
		letters = append(letters, int(l))
	}
	sort.Ints(letters)
	for _, l := range letters {
		ws := byLetter[byte(l)]
		sort.Strings(ws)
		fmt.Println(string(rune(l)), len(ws), ws)
	}

	// append a spread of another slice
	m := map[string][]string{}
	m["x"] = append(m["x"], "a", "b")
	m["x"] = append(m["x"], []string{"c", "d"}...)
	m["y"] = append(m["y"], m["x"][1:3]...)
	fmt.Println(m, len(m["x"]), len(m["y"]))

	// slices of structs
	type P struct{ X, Y int }
	pts := map[string][]P{}
	pts["line"] = append(pts["line"], P{1, 1}, P{2, 2})
	pts["line"][1].Y = 20
	fmt.Println(pts)

	// delete a key holding a slice, then append again
	delete(m, "x")
	m["x"] = append(m["x"], "fresh")
	fmt.Println(m)
}

// Output:
// map[0:[0 3 6 9 12 15 18] 1:[1 4 7 10 13 16 19] 2:[2 5 8 11 14 17]]
// 7 7 6 true
// [-1 3 6] [-2 4 7]
// 7 6
// a 3 [apple apricot avocado]
// b 3 [banana beet blueberry]
// c 1 [cherry]
// map[x:[a b c d] y:[b c]] 4 2
// map[line:[{1 1} {2 20}]]
// map[x:[fresh] y:[b c]]
