// types: count mismatches in plain assignments and in single-value contexts
// needs: types (the type checker reports these)
package main

func two() (int, string) { return 1, "a" }

func main() {
	var a, b int
	a, b = 1 // ERROR "assignment mismatch: 2 variables but 1 value"
	a = 1, 2 // ERROR "assignment mismatch: 1 variable but 2 values"
	a, b = two() // ERROR "cannot use two\(\) \(value of type string\) as type int in assignment"
	s := two() + 1 // ERROR "multiple-value two\(\) \(value of type \(int, string\)\) in single-value context"
	println(a, b, s)
	n := len(two()) // ERROR "invalid operation: too many arguments for len\(two\(\)\) \(expected 1, found 2\)"
	_ = n
}
