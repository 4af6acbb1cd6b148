// types: taking the address of something that is not addressable
// needs: types (the type checker reports these)
package main

const k = 1

func f() int { return 1 }

func main() {
	_ = &k // ERROR "invalid operation: cannot take address of k \(untyped int constant 1\)"
	_ = &f() // ERROR "invalid operation: cannot take address of f\(\) \(value of type int\)"
	_ = &5 // ERROR "invalid operation: cannot take address of 5 \(untyped int constant\)"
	m := map[string]int{"a": 1}
	_ = &m["a"] // ERROR `invalid operation: cannot take address of m\["a"\] \(map index expression of type int\)`
	s := "str"
	_ = &s[0] // ERROR "invalid operation: cannot take address of s\[0\] \(value of type byte\)"
	n := 2
	_ = &(n + 1) // ERROR "invalid operation: cannot take address of n \+ 1 \(value of type int\)"
	_ = &len(s) // ERROR "invalid operation: cannot take address of len\(s\) \(value of type int\)"
	_ = &[]int{1}
}
