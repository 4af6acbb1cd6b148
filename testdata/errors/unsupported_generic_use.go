// gosub-only: unsupported construct: generic types used with type arguments, in every type position
package main

type Pair[K comparable, V any] struct { // ERROR "unsupported: generic type Pair"
	k K
	v V
}

func first(p Pair[string, int], arr [2]int, s []int) string { // ERROR "unsupported: generic type instantiation Pair\[string, int\]"
	return p.k
}

var table map[string]Pair[int, int] // ERROR "unsupported: generic type instantiation Pair\[int, int\]"

func main() {
	var p Pair[string, int] // ERROR "unsupported: generic type instantiation Pair\[string, int\]"
	_ = first(p, [2]int{1, 2}, nil)
}
