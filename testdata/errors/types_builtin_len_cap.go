// types: len and cap on values they do not accept, and with the wrong number of arguments
// needs: types (the type checker reports these)
package main

func main() {
	n := 5
	_ = len(n) // ERROR "invalid argument: n \(variable of type int\) for len"
	m := map[int]int{}
	_ = cap(m) // ERROR "invalid argument: m \(variable of type map\[int\]int\) for cap"
	_ = len() // ERROR "invalid operation: not enough arguments for len\(\) \(expected 1, found 0\)"
	s := "abc"
	_ = len(s, s) // ERROR "invalid operation: too many arguments for len\(s, s\) \(expected 1, found 2\)"
	_ = cap(s) // ERROR "invalid argument: s \(variable of type string\) for cap"
	p := &n
	_ = len(p) // ERROR "invalid argument: p \(variable of type \*int\) for len"
	arr := &[3]int{}
	_ = len(arr)
}
