package main

import "fmt"

type Index struct {
	byName map[string]int
}

// The map in a local struct's field: nothing leaves the frame.
func local() int {
	ix := Index{byName: make(map[string]int)}
	ix.byName["a"] = 1
	return len(ix.byName)
}

// The struct returned by value: its map pointer goes to the caller.
func byValue() Index {
	return Index{byName: make(map[string]int)}
}

var global *Index

// A pointer to the struct stored in a global: struct and map escape.
func stored() {
	ix := &Index{byName: make(map[string]int)}
	global = ix
}

// A []map captured by a deferred closure, and one that is not.
func deferred() int {
	ms := []map[int]int{make(map[int]int), make(map[int]int)}
	defer func() {
		ms[0][1] = 1
	}()
	plain := []map[int]int{make(map[int]int)}
	plain[0][2] = 2
	return len(ms) + len(plain)
}

// The same closure deferred in a loop: a defer in a loop needs a record
// per iteration, on the heap, and what it captures goes with it.
func deferredInLoop(n int) int {
	ms := []map[int]int{make(map[int]int)}
	for i := 0; i < n; i++ {
		defer func() {
			ms[0][i] = i
		}()
	}
	return len(ms)
}

func main() {
	stored()
	fmt.Println(local(), len(byValue().byName), deferred(), deferredInLoop(2), len(global.byName))
}
