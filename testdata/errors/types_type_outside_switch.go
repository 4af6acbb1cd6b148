// types: x.(type) used outside a type switch
// needs: types (the type checker reports these)
package main

func main() {
	var x interface{} = 1
	t := x.(type) // ERROR "invalid AST: use of \.\(type\) outside type switch"
	_ = t
	if x.(type) == nil { // ERROR "invalid AST: use of \.\(type\) outside type switch"
	}
	_ = x
}
