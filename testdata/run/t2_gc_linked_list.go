// Allocation-heavy: linked lists of 100000 nodes built, reversed, filtered and dropped repeatedly.
// gcstress: skip (keeps about 100000 objects live: a collection at every allocation would take minutes; the collector runs under the normal GOGC pacing here)
package main

import "fmt"

type node struct {
	val  int
	next *node
}

func build(n int) *node {
	var head *node
	for i := n; i > 0; i-- {
		head = &node{i, head}
	}
	return head
}

func reverse(h *node) *node {
	var prev *node
	for h != nil {
		next := h.next
		h.next = prev
		prev = h
		h = next
	}
	return prev
}

func filterCopy(h *node, keep func(int) bool) *node {
	dummy := &node{}
	tail := dummy
	for ; h != nil; h = h.next {
		if keep(h.val) {
			tail.next = &node{h.val, nil}
			tail = tail.next
		}
	}
	return dummy.next
}

func sum(h *node) (n, s int) {
	for ; h != nil; h = h.next {
		n++
		s += h.val
	}
	return
}

func main() {
	for round := 0; round < 8; round++ {
		l := build(100000)
		l = reverse(l)
		first := l.val
		f := filterCopy(l, func(v int) bool { return v%(round+2) == 0 })
		n, s := sum(f)
		fmt.Println(round, first, n, s)
	}
	keep := build(1000)
	for i := 0; i < 20; i++ {
		_ = build(50000)
	}
	fmt.Println(sum(keep))
}

// Output:
// 0 100000 50000 2500050000
// 1 100000 33333 1666683333
// 2 100000 25000 1250050000
// 3 100000 20000 1000050000
// 4 100000 16666 833316666
// 5 100000 14285 714264285
// 6 100000 12500 625050000
// 7 100000 11111 555594444
// 1000 500500
