// types: constant declarations need constant values
// needs: types (the type checker reports these)
package main

import "strings"

func two() int { return 2 }

var v = 3

func main() {
	const a = two() // ERROR "two\(\) \(value of type int\) is not constant"
	const b = v + 1 // ERROR "v \+ 1 \(value of type int\) is not constant"
	s := []int{1}
	const c = len(s) // ERROR "len\(s\) \(value of type int\) is not constant"
	const d = strings.Repeat("a", 2) // ERROR `strings\.Repeat\("a", 2\) \(value of type string\) is not constant`
	arr := [3]int{}
	const e = len(arr)
	const f = len("abc")
	_, _, _ = e, f, arr
}
