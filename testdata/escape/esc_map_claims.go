package main

import "fmt"

type Index struct {
	byName map[string]int
}

// The map in a local struct's field: nothing leaves the frame.
func local() int {
	ix := Index{byName: make(map[string]int)} // ERROR "make\(map\[string\]int\) does not escape"
	ix.byName["a"] = 1
	return len(ix.byName)
}

// The struct returned by value: its map pointer goes to the caller.
func byValue() Index {
	return Index{byName: make(map[string]int)} // ERROR "make\(map\[string\]int\) escapes to heap"
}

var global *Index

// A pointer to the struct stored in a global: struct and map escape.
func stored() {
	ix := &Index{byName: make(map[string]int)} // ERROR "&Index\{\.\.\.\} escapes to heap" "make\(map\[string\]int\) escapes to heap"
	global = ix
}

// A []map captured by a deferred closure, and one that is not.
func deferred() int {
	ms := []map[int]int{make(map[int]int), make(map[int]int)} // ERROR "\[\]map\[int\]int\{\.\.\.\} does not escape" "make\(map\[int\]int\) does not escape" "make\(map\[int\]int\) does not escape"
	defer func() { // ERROR "func literal does not escape"
		ms[0][1] = 1
	}()
	plain := []map[int]int{make(map[int]int)} // ERROR "\[\]map\[int\]int\{\.\.\.\} does not escape" "make\(map\[int\]int\) does not escape"
	plain[0][2] = 2
	return len(ms) + len(plain)
}

// The same closure deferred in a loop: a defer in a loop needs a record
// per iteration, on the heap, and what it captures goes with it.
func deferredInLoop(n int) int {
	ms := []map[int]int{make(map[int]int)} // ERROR "\[\]map\[int\]int\{\.\.\.\} escapes to heap" "make\(map\[int\]int\) escapes to heap"
	for i := 0; i < n; i++ { // ERROR "moved to heap: i"
		defer func() { // ERROR "func literal escapes to heap"
			ms[0][i] = i
		}()
	}
	return len(ms)
}

func main() {
	stored()
	fmt.Println(local(), len(byValue().byName), deferred(), deferredInLoop(2), len(global.byName)) // ERROR "\.\.\. argument does not escape" "local\(\) escapes to heap" "len\(byValue\(\)\.byName\) escapes to heap" "deferred\(\) escapes to heap" "deferredInLoop\(2\) escapes to heap" "len\(global\.byName\) escapes to heap"
}
