// Tests that using a slice as an interface{} map key panics with "runtime error: hash of unhashable type []int" (exit status 2).
package main

import "fmt"

func main() {
	m := map[interface{}]int{}
	m[1] = 1
	m["s"] = 2
	fmt.Println(len(m))
	var k interface{} = []int{1, 2, 3}
	m[k] = 3
	fmt.Println("not reached")
}

// Output:
// 2
// Exit: 2
// Stderr: panic: runtime error: hash of unhashable type []int
