// types: a defined type whose underlying type is itself
// needs: types (the type checker reports these)
package main

type T T // ERROR "invalid recursive type T" "T refers to" "^T$"

type U V // ERROR "invalid recursive type U" "U refers to" "^U$"
type V U // ERROR "V refers to"

const c T = 1

func main() {
	var x T
	_ = x
}
