// types: map keys and values of the wrong type, in literals and in index expressions
// needs: types (the type checker reports these)
package main

func main() {
	ages := map[string]int{
		"ann": 30,
		42:    7, // ERROR "cannot use 42 \(untyped int constant\) as string value in map literal"
		"bob": "old", // ERROR `cannot use "old" \(untyped string constant\) as int value in map literal`
	}
	ages[1] = 2 // ERROR "cannot use 1 \(untyped int constant\) as string value in map index"
	ages["carl"] = "young" // ERROR `cannot use "young" \(untyped string constant\) as int value in assignment`
	var k int
	_ = ages[k] // ERROR "cannot use k \(variable of type int\) as type string in map index"
	seen := map[int]bool{1: true, 2: 0} // ERROR "cannot use 0 \(untyped int constant\) as bool value in map literal"
	_ = seen
}
