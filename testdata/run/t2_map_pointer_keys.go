// Tests pointer keys: distinct pointers are distinct keys even to equal values, the same pointer always finds its entry, and a nil pointer is a valid key.
package main

import (
	"fmt"
	"runtime"
)

type Node struct {
	Name string
	Next *Node
}

func main() {
	a := &Node{Name: "a"}
	b := &Node{Name: "a"}
	visited := map[*Node]bool{}
	visited[a] = true
	fmt.Println(visited[a], visited[b], len(visited))
	visited[b] = false
	fmt.Println(len(visited), visited[a], visited[b])

	var nilNode *Node
	visited[nilNode] = true
	fmt.Println(len(visited), visited[nil])

	// cycle detection with a pointer set
	n1 := &Node{Name: "1"}
	n2 := &Node{Name: "2", Next: n1}
	n3 := &Node{Name: "3", Next: n2}
	n1.Next = n3
	seen := map[*Node]int{}
	steps := 0
	for n := n1; ; n = n.Next {
		if _, ok := seen[n]; ok {
			break
		}
		seen[n] = steps
		steps++
	}
	fmt.Println(steps, seen[n1], seen[n3], seen[n2])

	// pointers to ints and to elements of an array
	var arr [5]int
	pm := map[*int]string{}
	for i := range arr {
		pm[&arr[i]] = fmt.Sprint("elem", i)
	}
	fmt.Println(len(pm), pm[&arr[3]])
	p := &arr[3]
	q := &arr[3]
	fmt.Println(p == q, pm[q])

	// the map keeps its keys alive across a collection
	nodes := map[*Node]int{}
	for i := 0; i < 100; i++ {
		nodes[&Node{Name: fmt.Sprint("n", i)}] = i
	}
	runtime.GC()
	sum := 0
	names := 0
	for n, i := range nodes {
		sum += i
		if n.Name == fmt.Sprint("n", i) {
			names++
		}
	}
	fmt.Println(len(nodes), sum, names)

	// two new(int) are always distinct keys
	x, y := new(int), new(int)
	im := map[*int]int{x: 1, y: 2}
	fmt.Println(len(im), im[x], im[y])
}

// Output:
// true false 1
// 2 true false
// 3 true
// 3 0 1 2
// 5 elem3
// true elem3
// 100 4950 100
// 2 1 2
