// types: the index of an operand that cannot be indexed is not checked; that of an invalid operand is only used
// needs: types (the type checker reports these)
package main

func main() {
	n := 1
	_ = true[v] // ERROR "invalid operation: cannot index true \(untyped bool constant\)"
	_ = undef[1:make] // ERROR "undefined: undef"
	_ = len[fmt] // ERROR "invalid operation: cannot index len \(built-in\)"
	_ = n[int] // ERROR "invalid operation: cannot index n \(variable of type int\)"
	_ = undef2[undef3] // ERROR "undefined: undef2" "undefined: undef3"
	_ = string[1:int8] // ERROR "string \(type\) is not an expression"
}
