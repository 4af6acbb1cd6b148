// types: indexes of the wrong type, and indexing a value that cannot be indexed
// needs: types (the type checker reports these)
package main

func main() {
	a := [3]int{}
	s := []string{"x"}
	_ = a["1"] // ERROR `cannot convert "1" \(untyped string constant\) to int`
	_ = s[true] // ERROR "cannot convert true \(untyped bool constant\) to int"
	n := 7
	_ = n[0] // ERROR "invalid operation: cannot index n \(variable of type int\)"
	var p *[]int = &[]int{1}
	_ = p[0] // ERROR "invalid operation: cannot index p \(variable of type \*\[\]int\)"
	m := map[string]int{}
	_ = m[1:2] // ERROR "invalid operation: cannot slice m \(variable of type map\[string\]int\)"
}
