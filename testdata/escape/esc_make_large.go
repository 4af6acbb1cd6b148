// Exercises make of slices above the 64 KiB implicit stack limit: they go to the heap.
package main

import "fmt"

func large() int {
	s := make([]byte, 70000) // ERROR "make\(\[\]byte, 70000\) escapes to heap"
	s[69999] = 1
	return int(s[69999])
}

func justUnder() int {
	s := make([]byte, 65536) // ERROR "make\(\[\]byte, 65536\) does not escape"
	s[0] = 2
	return int(s[0])
}

func largeInts() int {
	s := make([]int, 9000) // ERROR "make\(\[\]int, 9000\) escapes to heap"
	for i := range s {
		s[i] = i
	}
	return s[8999]
}

func largeLiteral() int {
	s := []int{8999: 1} // ERROR "\[\]int\{\.\.\.\} does not escape"
	return len(s)
}

func main() {
	fmt.Println(large(), justUnder(), largeInts(), largeLiteral()) // ERROR "\.\.\. argument does not escape" "large\(\) escapes to heap" "justUnder\(\) escapes to heap" "largeInts\(\) escapes to heap" "largeLiteral\(\) escapes to heap"
}
