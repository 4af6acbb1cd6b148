// types: duplicate keys in map literals and duplicate indexes in array and slice literals
// needs: types (the type checker reports these)
package main

const one = 1

func main() {
	_ = map[string]int{"a": 1, "b": 2, "a": 3} // ERROR `duplicate key "a" in map literal`
	_ = map[int]bool{1: true, one: false} // ERROR "duplicate key 1 in map literal"
	_ = []int{0: 1, 1: 2, 0: 3} // ERROR "duplicate index 0 in array or slice literal"
	_ = [3]int{1, 2, 1: 5} // ERROR "duplicate index 1 in array or slice literal"
	_ = [...]string{2: "c", 2: "d"} // ERROR "duplicate index 2 in array or slice literal"
	_ = map[bool]int{true: 1, false: 0}
}
