package main

import (
	"fmt"
	"runtime"
)

type Node struct {
	Left, Right *Node
	Val         int
}

// build makes a complete binary tree: 2^(depth+1) - 1 nodes on the heap.
func build(depth int) *Node {
	if depth == 0 {
		return &Node{Val: 1}
	}
	return &Node{build(depth - 1), build(depth - 1), depth}
}

func (n *Node) count() int {
	if n == nil {
		return 0
	}
	return 1 + n.Left.count() + n.Right.count()
}

func main() {
	var m runtime.MemStats

	// 100 trees of 8191 nodes, each dropped as soon as it is counted:
	// about 19 MB of garbage, which the collector frees as it goes.
	nodes := 0
	for i := 0; i < 100; i++ {
		t := build(12)
		nodes += t.count()
	}
	runtime.ReadMemStats(&m)
	fmt.Println("nodes built:", nodes)
	fmt.Println("collected on its own:", m.NumGC > 0)
	fmt.Println("objects freed:", m.Frees > 0)
	fmt.Println("fewer live than allocated:", m.Mallocs-m.Frees < uint64(nodes))

	// One tree of 131071 nodes (3 MB), alive while measure runs, and
	// garbage once it has returned.
	held, kept, before := measure(&m)
	fmt.Println("kept:", kept, "nodes")
	runtime.GC()
	runtime.ReadMemStats(&m)
	fmt.Println("runtime.GC() counted:", m.NumGC > before)
	fmt.Println("heap shrank:", m.HeapAlloc < held/2)
	fmt.Println("TotalAlloc >= HeapAlloc:", m.TotalAlloc >= m.HeapAlloc)
}

// measure builds a tree of 131071 nodes and, while it is alive, collects
// and reads HeapAlloc and NumGC.
func measure(m *runtime.MemStats) (held uint64, nodes int, numgc uint32) {
	keep := build(16)
	runtime.GC()
	runtime.ReadMemStats(m)
	return m.HeapAlloc, keep.count(), m.NumGC
}
