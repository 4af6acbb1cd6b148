// types: panic, print and println with the wrong number or kind of arguments
// needs: types (the type checker reports these)
package main

func nothing() {}

func main() {
	panic() // ERROR "invalid operation: not enough arguments for panic\(\) \(expected 1, found 0\)"
	panic(1, 2) // ERROR "invalid operation: too many arguments for panic\(1, 2\) \(expected 1, found 2\)"
	println(nothing()) // ERROR "nothing\(\) \(no value\) used as value"
	print(nothing()) // ERROR "nothing\(\) \(no value\) used as value"
	var x interface{} = nothing() // ERROR "nothing\(\) \(no value\) used as value"
	_ = x
	panic("ok")
}
