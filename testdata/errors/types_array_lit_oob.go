// types: array literals with more elements than the array, and bad index keys
// needs: types (the type checker reports these)
package main

func main() {
	_ = [2]int{1, 2, 3} // ERROR "index 2 is out of bounds \(>= 2\)"
	_ = [3]string{5: "x"} // ERROR "invalid argument: index 5 out of bounds \[0:3\]"
	_ = [2]bool{true, false, true, false} // ERROR "index 2 is out of bounds \(>= 2\)" "index 3 is out of bounds \(>= 2\)"
	_ = []int{-1: 3} // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	n := 1
	_ = []int{n: 3} // ERROR "index n must be integer constant"
	_ = []int{"k": 1} // ERROR `cannot convert "k" \(untyped string constant\) to int`
	_ = [...]int{4: 1}
}
