// types: conversions between types that do not convert
// needs: types (the type checker reports these)
package main

type point struct{ x, y int }
type pair struct{ a, b int }

func main() {
	n := 5
	s := "x"
	_ = bool(n) // ERROR "cannot convert n \(variable of type int\) to type bool"
	_ = int(s) // ERROR "cannot convert s \(variable of type string\) to type int"
	_ = point(pair{}) // ERROR "cannot convert pair\{\} \(value of type pair\) to type point"
	_ = []int(s) // ERROR "cannot convert s \(variable of type string\) to type \[\]int"
	var b bool
	_ = string(b) // ERROR "cannot convert b \(variable of type bool\) to type string"
	p := &n
	_ = int(p) // ERROR "cannot convert p \(variable of type \*int\) to type int"
	_ = []byte(n) // ERROR "cannot convert n \(variable of type int\) to type \[\]byte"
	_ = []rune(s)
}
