// types: package-level names declared twice (gc adds an "other declaration" line at the first one)
// needs: types (the type checker reports these)
package main

var total int // ERROR "other declaration of total"
var total string // ERROR "total redeclared in this block"

func helper() {} // ERROR "other declaration of helper"
func helper() {} // ERROR "helper redeclared in this block"

type T struct{} // ERROR "other declaration of T"
type T int // ERROR "T redeclared in this block"

func main() {
	helper()
}
