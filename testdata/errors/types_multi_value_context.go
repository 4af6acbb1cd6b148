// types: a call with several results used where one value is needed
// needs: types (the type checker reports these)
package main

import (
	"fmt"
	"strconv"
)

func two() (int, int) { return 1, 2 }
func add(a, b int) int  { return a + b }

func main() {
	_ = add(two(), 1) // ERROR "multiple-value two\(\) \(value of type \(int, int\)\) in single-value context"
	println(two(), 3) // ERROR "multiple-value two\(\) \(value of type \(int, int\)\) in single-value context"
	x := two() * 2 // ERROR "multiple-value two\(\) \(value of type \(int, int\)\) in single-value context"
	n := strconv.Atoi("5") + 1 // ERROR `multiple-value strconv\.Atoi\("5"\) \(value of type \(int, error\)\) in single-value context`
	fmt.Println(strconv.Atoi("5"))
	_ = add(two())
	s := []int{two()} // ERROR "multiple-value two\(\) \(value of type \(int, int\)\) in single-value context"
	_, _, _ = x, n, s
}
