// types: binary operators on operands of different types
// needs: types (the type checker reports these)
package main

func main() {
	n := 1
	s := "a"
	var i32 int32 = 2
	var i64 int64 = 3
	var u uint = 4
	_ = n + s // ERROR "invalid operation: n \+ s \(mismatched types int and string\)"
	_ = i32 * i64 // ERROR "invalid operation: i32 \* i64 \(mismatched types int32 and int64\)"
	_ = n - u // ERROR "invalid operation: n - u \(mismatched types int and uint\)"
	_ = s + 'x' // ERROR "invalid operation: s \+ 'x' \(mismatched types string and untyped rune\)"
	_ = n == s // ERROR "invalid operation: n == s \(mismatched types int and string\)"
	_ = i64 < n // ERROR "invalid operation: i64 < n \(mismatched types int64 and int\)"
	var b byte = 'a'
	var r rune = 'b'
	_ = b + r // ERROR "invalid operation: b \+ r \(mismatched types byte and rune\)"
}
