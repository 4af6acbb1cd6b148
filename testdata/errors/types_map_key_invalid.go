// types: map key types must be comparable
// needs: types (the type checker reports these)
package main

type key struct {
	parts []string
}

var bySlice map[[]int]string // ERROR "invalid map key type \[\]int"

func main() {
	m := map[func()]int{} // ERROR "invalid map key type func\(\)"
	n := make(map[map[string]int]bool) // ERROR "invalid map key type map\[string\]int"
	var k map[key]int // ERROR "invalid map key type key"
	_, _, _ = m, n, k
	ok := map[[2]int]bool{}
	_ = ok
}
