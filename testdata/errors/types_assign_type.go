// types: assigning a value of the wrong type
// needs: types (the type checker reports these)
package main

func main() {
	var n int
	var s string
	var b bool
	n = s // ERROR "cannot use s \(variable of type string\) as type int in assignment"
	s = n // ERROR "cannot use n \(variable of type int\) as type string in assignment"
	b = 1 // ERROR "cannot use 1 \(untyped int constant\) as bool value in assignment"
	n = "seven" // ERROR `cannot use "seven" \(untyped string constant\) as int value in assignment`
	var i8 int8
	var i64 int64
	i8 = i64 // ERROR "cannot use i64 \(variable of type int64\) as type int8 in assignment"
	_, _, _, _ = n, s, b, i8
}
