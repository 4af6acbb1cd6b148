// Exercises structs holding a map field: local, returned by pointer, by value, and in a global.
package main

import "fmt"

type cache struct {
	data map[string]int
	hits int
}

var shared *cache

func localCache() int {
	c := cache{data: make(map[string]int)} // ERROR "make\(map\[string\]int\) does not escape"
	c.data["x"] = 1
	return len(c.data)
}

func newCache() *cache {
	c := cache{data: map[string]int{}} // ERROR "moved to heap: c" "map\[string\]int\{\} escapes to heap"
	return &c
}

func valueCache() cache {
	return cache{data: make(map[string]int, 4)} // ERROR "make\(map\[string\]int, 4\) escapes to heap"
}

func install() {
	c := &cache{data: map[string]int{"k": 9}} // ERROR "&cache\{\.\.\.\} escapes to heap" "map\[string\]int\{\.\.\.\} escapes to heap"
	shared = c
}

func main() {
	p := newCache()
	p.data["a"] = 2
	v := valueCache()
	install()
	fmt.Println(localCache(), len(p.data), len(v.data), shared.data["k"]) // ERROR "\.\.\. argument does not escape" "localCache\(\) escapes to heap" "len\(p\.data\) escapes to heap" "len\(v\.data\) escapes to heap" "shared\.data\[\"k\"\] escapes to heap"
}
