// types: range with = needs assignable variables of the right type
// needs: types (the type checker reports these)
package main

func main() {
	var k string
	var v int
	var s []string
	for k, v = range s { // ERROR "cannot use k \(value of type int\) as type string in assignment" "cannot use v \(value of type string\) as type int in assignment"
	}
	m := map[int]bool{}
	for v, k = range m { // ERROR "cannot use k \(value of type bool\) as type string in assignment"
	}
	const c = 0
	for c = range s { // ERROR "cannot assign to c \(untyped int constant 0\)"
	}
	_, _ = k, v
}
