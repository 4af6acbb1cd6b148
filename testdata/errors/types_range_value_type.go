// types: range variables have the element types: a string gives int indexes and rune values; maps and channels give their key and element types
// needs: types (the type checker reports these)
package main

func main() {
	for i, c := range "héllo" {
		var b byte = c // ERROR "cannot use c \(variable of type rune\) as type byte in variable declaration"
		var s string = i // ERROR "cannot use i \(variable of type int\) as type string in variable declaration"
		_, _ = b, s
	}
	m := map[string]int{}
	for k, v := range m {
		var n int = k // ERROR "cannot use k \(variable of type string\) as type int in variable declaration"
		var t string = v // ERROR "cannot use v \(variable of type int\) as type string in variable declaration"
		_, _ = n, t
	}
	ch := make(chan bool)
	for v := range ch {
		var n int = v // ERROR "cannot use v \(variable of type bool\) as type int in variable declaration"
		_ = n
	}
}
