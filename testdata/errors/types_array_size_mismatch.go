// types: arrays of different lengths are different types, and arrays are not slices
// needs: types (the type checker reports these)
package main

func sum(nums []int) int { return len(nums) }

func first(a [3]int) int { return a[0] }

func main() {
	var a [3]int
	var b [4]int
	a = b // ERROR "cannot use b \(variable of type \[4\]int\) as type \[3\]int in assignment"
	_ = a == b // ERROR "invalid operation: a == b \(mismatched types \[3\]int and \[4\]int\)"
	_ = sum(a) // ERROR "cannot use a \(variable of type \[3\]int\) as type \[\]int in argument to sum"
	_ = sum(a[:])
	_ = first([]int{1, 2, 3}) // ERROR "cannot use \[\]int\{…\} \(value of type \[\]int\) as type \[3\]int in argument to first"
	var c [3]int = [...]int{1, 2} // ERROR "cannot use \[\.\.\.\]int\{…\} \(value of type \[2\]int\) as type \[3\]int in variable declaration"
	_ = c
}
