// Exercises building a linked list in a loop: each node escapes.
package main

import "fmt"

type node struct {
	val  int
	next *node
}

func build(n int) *node {
	var head *node
	for i := 0; i < n; i++ {
		head = &node{val: i, next: head} // ERROR "&node\{\.\.\.\} escapes to heap"
	}
	return head
}

func buildLocal(n int) int {
	var head *node
	for i := 0; i < n; i++ {
		nd := node{val: i, next: head} // ERROR "moved to heap: nd"
		head = &nd
	}
	sum := 0
	for p := head; p != nil; p = p.next {
		sum += p.val
	}
	return sum
}

func length(l *node) int { // ERROR "l does not escape"
	n := 0
	for ; l != nil; l = l.next {
		n++
	}
	return n
}

func main() {
	fmt.Println(length(build(4)), buildLocal(4)) // ERROR "\.\.\. argument does not escape" "length\(build\(4\)\) escapes to heap" "buildLocal\(4\) escapes to heap"
}
