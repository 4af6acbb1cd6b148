// Exercises deep recursion (50000 frames) with several locals per frame, and recursion over arrays passed by value.
package main

import "fmt"

func sumTo(n int) int {
	if n == 0 {
		return 0
	}
	a, b := n%7, n/7
	return sumTo(n-1) + a + b*7
}

func countDown(n int, acc uint32) uint32 {
	if n == 0 {
		return acc
	}
	return countDown(n-1, acc*31+uint32(n))
}

func arrSum(a [8]int, i int) int {
	if i == len(a) {
		return 0
	}
	a[i] *= 2 // changes only this frame's copy
	return a[i] + arrSum(a, i+1)
}

func depth(s string, i int) int {
	if i >= len(s) {
		return 0
	}
	switch s[i] {
	case '(':
		return 1 + depth(s, i+1)
	case ')':
		return depth(s, i+1) - 1
	}
	return depth(s, i+1)
}

func main() {
	fmt.Println(sumTo(50000), 50000*50001/2)
	fmt.Println(countDown(50000, 7))
	a := [8]int{1, 2, 3, 4, 5, 6, 7, 8}
	fmt.Println(arrSum(a, 0), a)
	fmt.Println(depth("((a)(b(c)))", 0), depth("((((", 0))
}

// Output:
// 1250025000 1250025000
// 1548531807
// 72 [1 2 3 4 5 6 7 8]
// 0 4
