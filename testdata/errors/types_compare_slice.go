// types: slices, maps and functions can only be compared with nil
// needs: types (the type checker reports these)
package main

func main() {
	a := []int{1}
	b := []int{1}
	_ = a == b // ERROR "invalid operation: a == b \(slice can only be compared to nil\)"
	m1 := map[string]int{}
	m2 := map[string]int{}
	_ = m1 != m2 // ERROR "invalid operation: m1 != m2 \(map can only be compared to nil\)"
	f := func() {}
	g := func() {}
	_ = f == g // ERROR "invalid operation: f == g \(func can only be compared to nil\)"
	_ = a == nil
	_ = f != nil
}
