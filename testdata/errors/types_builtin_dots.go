// types: ... passed to built-in functions other than append
// needs: types (the type checker reports these)
package main

func main() {
	s := []int{1, 2}
	_ = len(s...) // ERROR "invalid operation: invalid use of \.\.\. with built-in len"
	_ = cap(s...) // ERROR "invalid operation: invalid use of \.\.\. with built-in cap"
	args := []interface{}{1}
	println(args...) // ERROR "invalid operation: invalid use of \.\.\. with built-in println"
	m := map[int]int{}
	keys := []int{1}
	delete(m, keys...) // ERROR "invalid operation: invalid use of \.\.\. with built-in delete"
	_ = append(s, s...)
}
