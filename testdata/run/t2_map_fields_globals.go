// Tests maps stored in struct fields (value and pointer structs, lazily made), in package-level variables (initialized by a literal and by a function), and in arrays.
package main

import "fmt"

var registry = map[string]int{"init": 1}
var built = buildTable()
var lazy map[int]string

func buildTable() map[int]string {
	t := map[int]string{}
	for i := 0; i < 4; i++ {
		t[i] = fmt.Sprint("v", i)
	}
	return t
}

func register(name string) {
	registry[name] = len(registry) + 1
}

type Inventory struct {
	Name  string
	Items map[string]int
}

func (inv *Inventory) Add(item string, n int) {
	if inv.Items == nil {
		inv.Items = map[string]int{}
	}
	inv.Items[item] += n
}

func (inv Inventory) Count(item string) int { return inv.Items[item] }

type Wrapper struct {
	Inner Inventory
	Meta  map[string]string
}

func main() {
	register("a")
	register("b")
	register("a")
	fmt.Println(registry, built)

	if lazy == nil {
		lazy = make(map[int]string)
	}
	lazy[1] = "x"
	fmt.Println(lazy)

	var inv Inventory
	fmt.Println(inv.Count("apple"), inv.Items == nil)
	inv.Add("apple", 3)
	inv.Add("pear", 1)
	inv.Add("apple", 2)
	fmt.Println(inv.Count("apple"), inv.Items)

	// copying the struct copies the map reference
	cp := inv
	cp.Add("plum", 9)
	fmt.Println(inv.Count("plum"), len(inv.Items))

	p := &Inventory{Name: "p"}
	p.Add("x", 1)
	p.Items["y"] = 2
	fmt.Println(p.Items, p.Count("y"))

	w := Wrapper{Meta: map[string]string{"k": "v"}}
	w.Inner.Add("nested", 4)
	w.Meta["k2"] = "v2"
	w.Inner.Items["nested"]++
	fmt.Println(w.Inner.Items, w.Meta)

	var arr [3]map[string]int
	for i := range arr {
		arr[i] = map[string]int{"i": i}
	}
	arr[2]["extra"] = 1
	fmt.Println(arr)

	// a global map modified through a local alias
	alias := registry
	alias["via-alias"] = 100
	fmt.Println(registry["via-alias"], len(registry))

	// map field in a map value
	objs := map[string]*Inventory{"o": {Name: "o"}}
	objs["o"].Add("q", 5)
	fmt.Println(objs["o"].Items)
}

// Output:
// map[a:4 b:3 init:1] map[0:v0 1:v1 2:v2 3:v3]
// map[1:x]
// 0 true
// 5 map[apple:5 pear:1]
// 9 3
// map[x:1 y:2] 2
// map[nested:5] map[k:v k2:v2]
// [map[i:0] map[i:1] map[extra:1 i:2]]
// 100 4
// map[q:5]
