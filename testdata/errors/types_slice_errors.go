// types: slice expressions on values that cannot be sliced, and bad constant bounds
// needs: types (the type checker reports these)
package main

func main() {
	s := "hello"
	_ = s[1:2:3] // ERROR "invalid operation: 3-index slice of string"
	n := 10
	_ = n[1:] // ERROR "invalid operation: cannot slice n \(variable of type int\)"
	arr := [4]int{}
	_ = arr[3:1] // ERROR "invalid slice indices: 1 < 3"
	_ = arr[:5] // ERROR "invalid argument: index 5 out of bounds \[0:5\]"
	b := []byte("x")
	_ = b[1:2:1] // ERROR "invalid slice indices: 1 < 2"
	_ = s[:-1] // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	_ = b["a":] // ERROR `cannot convert "a" \(untyped string constant\) to int`
	_ = [3]int{}[1:] // ERROR "invalid operation: \[3\]int\{\} \(value of type \[3\]int\) \(slice of unaddressable value\)"
}
