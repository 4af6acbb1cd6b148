// Exercises make inside a loop, with a slice kept past the iteration and one that is not.
package main

import "fmt"

func scratch(n int) int {
	total := 0
	for i := 0; i < n; i++ {
		buf := make([]int, 8) // ERROR "make\(\[\]int, 8\) does not escape"
		buf[i%8] = i
		total += buf[i%8]
	}
	return total
}

func collect(n int) [][]int {
	var out [][]int
	for i := 0; i < n; i++ {
		row := make([]int, 2) // ERROR "make\(\[\]int, 2\) escapes to heap"
		row[0] = i
		out = append(out, row)
	}
	return out
}

func keepLast(n int) []int {
	var last []int
	for i := 0; i < n; i++ {
		last = make([]int, 3) // ERROR "make\(\[\]int, 3\) escapes to heap"
		last[0] = i
	}
	return last
}

func main() {
	fmt.Println(scratch(10), len(collect(4)), keepLast(3)[0]) // ERROR "\.\.\. argument does not escape" "scratch\(10\) escapes to heap" "len\(collect\(4\)\) escapes to heap" "keepLast\(3\)\[0\] escapes to heap"
}
