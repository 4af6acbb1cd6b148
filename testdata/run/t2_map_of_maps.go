// Tests maps of maps: inner maps created lazily on first use, shared inner maps, deleting inner entries and whole inner maps.
package main

import "fmt"

type Graph map[string]map[string]int

func (g Graph) AddEdge(a, b string, w int) {
	inner, ok := g[a]
	if !ok {
		inner = map[string]int{}
		g[a] = inner
	}
	inner[b] += w
}

func main() {
	g := Graph{}
	g.AddEdge("a", "b", 1)
	g.AddEdge("a", "c", 2)
	g.AddEdge("b", "c", 3)
	g.AddEdge("a", "b", 10)
	fmt.Println(g, len(g), len(g["a"]), len(g["z"]))

	// lazily created with an explicit nil test
	idx := map[int]map[int]int{}
	for i := 0; i < 30; i++ {
		row := i % 4
		if idx[row] == nil {
			idx[row] = make(map[int]int)
		}
		idx[row][i]++
		idx[row][-1] += i
	}
	fmt.Println(len(idx), len(idx[0]), len(idx[3]), idx[0][-1], idx[1][-1], idx[2][-1], idx[3][-1])

	// the inner map is a reference: aliases see writes
	shared := map[string]int{"x": 1}
	two := map[string]map[string]int{"p": shared, "q": shared}
	two["p"]["x"] = 99
	shared["y"] = 2
	fmt.Println(two["q"], two["p"]["y"])

	// delete from an inner map, then the inner map itself
	delete(g["a"], "b")
	fmt.Println(g)
	delete(g, "a")
	fmt.Println(g, g["a"]["c"])

	// three levels deep
	deep := map[int]map[int]map[int]string{}
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if deep[i] == nil {
				deep[i] = map[int]map[int]string{}
			}
			if deep[i][j] == nil {
				deep[i][j] = map[int]string{}
			}
			deep[i][j][i*j] = fmt.Sprint(i, "*", j)
		}
	}
	fmt.Println(deep[2][2][4], len(deep), len(deep[1]), deep[1][2])

	// a slice of maps
	rows := make([]map[string]int, 3)
	for i := range rows {
		rows[i] = map[string]int{"i": i}
	}
	rows[1]["extra"] = 5
	fmt.Println(rows)
}

// Output:
// map[a:map[b:11 c:2] b:map[c:3]] 2 2 0
// 4 9 8 112 120 98 105
// map[x:99 y:2] 2
// map[a:map[c:2] b:map[c:3]]
// map[b:map[c:3]] 0
// 2*2 3 3 map[2:1*2]
// [map[i:0] map[extra:5 i:1] map[i:2]]
