// Exercises the runtime panic for an assignment to an entry in a nil map.
package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println(m["read is fine"], len(m))
	m["write"] = 1
	fmt.Println("not reached")
}

// Output:
// 0 0
// Exit: 2
// Stderr: panic: assignment to entry in nil map
