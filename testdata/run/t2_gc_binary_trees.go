// Allocation-heavy: build binary trees of depth 16 repeatedly, count nodes and a checksum.
// gcstress: skip (keeps about 100000 objects live: a collection at every allocation would take minutes; the collector runs under the normal GOGC pacing here)
package main

import "fmt"

type Node struct {
	left, right *Node
	val         int
}

func build(depth, val int) *Node {
	if depth == 0 {
		return &Node{val: val}
	}
	return &Node{build(depth-1, 2*val), build(depth-1, 2*val+1), val}
}

func (n *Node) count() int {
	if n == nil {
		return 0
	}
	return 1 + n.left.count() + n.right.count()
}

func (n *Node) check() int {
	if n.left == nil {
		return n.val % 1000
	}
	return (n.val + 3*n.left.check() + 7*n.right.check()) % 1000003
}

func main() {
	long := build(12, 1) // lives through the whole run
	total := 0
	sum := 0
	for i := 0; i < 12; i++ {
		t := build(16, i)
		total += t.count()
		sum += t.check()
	}
	fmt.Println(total, sum)
	for d := 4; d <= 16; d += 4 {
		iters := 1 << uint(16-d)
		c := 0
		for i := 0; i < iters; i++ {
			c += build(d, i).count()
		}
		fmt.Println(d, iters, c)
	}
	fmt.Println(long.count(), long.check())
}

// Output:
// 1572852 5179257
// 4 4096 126976
// 8 256 130816
// 12 16 131056
// 16 1 131071
// 8191 223060
