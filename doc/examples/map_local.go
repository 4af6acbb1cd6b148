package main

import "fmt"

// histogram's map never leaves its frame: gc and gosub put its header,
// and its first bucket, in histogram's stack frame.
func histogram(xs []int) int {
	h := make(map[int]int)
	for _, x := range xs {
		h[x%4]++
	}
	return len(h)
}

var seen = map[string]bool{}

// remember's keys are stored in a map, and what is stored in a map lives
// on the heap.
func remember(b []byte) {
	seen[string(b)] = true
}

func main() {
	fmt.Println(histogram([]int{1, 2, 3, 4, 5, 6}))
	remember([]byte("x"))
	fmt.Println(len(seen))
}
