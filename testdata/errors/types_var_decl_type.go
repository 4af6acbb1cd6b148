// types: variable declarations whose initializer has the wrong type
// needs: types (the type checker reports these)
package main

var global string = 1 // ERROR "cannot use 1 \(untyped int constant\) as string value in variable declaration"

func count() int { return 3 }

func main() {
	var a int = "one" // ERROR `cannot use "one" \(untyped string constant\) as int value in variable declaration`
	var b bool = count() // ERROR "cannot use count\(\) \(value of type int\) as type bool in variable declaration"
	var c, d int = 1, "two" // ERROR `cannot use "two" \(untyped string constant\) as int value in variable declaration`
	var e []int = [3]int{1, 2, 3} // ERROR "cannot use \[3\]int\{…\} \(value of type \[3\]int\) as type \[\]int in variable declaration"
	_, _, _, _, _ = a, b, c, d, e
}
