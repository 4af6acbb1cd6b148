// Tests interface{} keys mixing ints, strings and other dynamic types: equal values of different dynamic types are distinct keys (int 1, int64 1, "1"), nil is a key.
package main

import "fmt"

type ID int

type P struct{ X, Y int }

func main() {
	m := map[interface{}]string{}
	m[1] = "int 1"
	m[int64(1)] = "int64 1"
	m["1"] = "string 1"
	m[ID(1)] = "ID 1"
	m[true] = "bool"
	m[P{1, 2}] = "struct"
	m[[2]int{1, 2}] = "array"
	m[nil] = "nil"
	m[uint8(1)] = "uint8 1"
	fmt.Println(len(m))
	fmt.Println(m[1], "|", m[int64(1)], "|", m["1"], "|", m[ID(1)], "|", m[uint8(1)])
	fmt.Println(m[true], "|", m[P{1, 2}], "|", m[[2]int{1, 2}], "|", m[nil])
	fmt.Println(m[2] == "", m[false] == "", m[int32(1)] == "")

	// overwrite through a key boxed from a variable
	var k interface{} = 1
	m[k] = "int one again"
	fmt.Println(len(m), m[1])
	s := "1"
	k = s
	delete(m, k)
	_, ok := m["1"]
	fmt.Println(len(m), ok)

	// counting mixed values
	count := map[interface{}]int{}
	vals := []interface{}{1, "a", 1, "a", 2, "b", 1, int64(1), "1", nil, nil}
	for _, v := range vals {
		count[v]++
	}
	fmt.Println(len(count), count[1], count["a"], count[2], count[int64(1)], count["1"], count[nil])

	// any keys with string values built at run time
	a := map[any]int{}
	a["x"+"y"] = 1
	a[string([]byte("xy"))]++
	fmt.Println(a["xy"], len(a))

	// pointer keys boxed in interfaces
	p := &P{}
	q := &P{}
	pm := map[interface{}]int{p: 1, q: 2}
	fmt.Println(pm[p], pm[q], len(pm))

	// a map with interface keys printed by fmt (ints before strings after sorting by type)
	mixed := map[interface{}]int{3: 1, 1: 2, "b": 3, "a": 4}
	fmt.Println(mixed)
}

// Output:
// 9
// int 1 | int64 1 | string 1 | ID 1 | uint8 1
// bool | struct | array | nil
// true true true
// 9 int one again
// 8 false
// 7 3 2 1 1 1 2
// 2 1
// 1 2 2
// map[1:2 3:1 a:4 b:3]
