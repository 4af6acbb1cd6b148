// types: constant indexes out of range for arrays and constant strings
// needs: types (the type checker reports these)
package main

const greeting = "hi"

func main() {
	var a [3]int
	a[5] = 1 // ERROR "invalid argument: index 5 out of bounds \[0:3\]"
	_ = a[3] // ERROR "invalid argument: index 3 out of bounds \[0:3\]"
	_ = a[-1] // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	_ = greeting[2] // ERROR "invalid argument: index 2 out of bounds \[0:2\]"
	_ = "abc"[10] // ERROR "invalid argument: index 10 out of bounds \[0:3\]"
	s := []int{1, 2}
	_ = s[-2] // ERROR "invalid argument: index -2 \(constant of type int\) must not be negative"
	_ = a[1:4] // ERROR "invalid argument: index 4 out of bounds \[0:4\]"
	_ = a[2:1] // ERROR "invalid slice indices: 1 < 2"
}
