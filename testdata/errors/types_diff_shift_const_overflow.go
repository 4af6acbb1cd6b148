// types: the untyped constant of a non-constant shift must fit the type it gets from its context
// needs: types (the type checker reports these)
package main

func main() {
	n := 2
	var mask uint8 = -1 << n // ERROR "-1 \(untyped int constant\) overflows uint8"
	var b byte = 256 << n // ERROR "256 \(untyped int constant\) overflows byte"
	var i int8 = 1 << n
	var j int8 = 128 >> n // ERROR "128 \(untyped int constant\) overflows int8"
	_, _, _, _ = mask, b, i, j
}
