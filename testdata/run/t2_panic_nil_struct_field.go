// Reading a field through a nil *struct panics with gc's nil pointer dereference message.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func length(n *Node) int {
	c := 0
	for n != nil {
		c++
		n = n.Next
	}
	return c
}

func third(n *Node) int {
	return n.Next.Next.Val
}

func main() {
	var head *Node
	for i := 1; i <= 2; i++ {
		head = &Node{Val: i, Next: head}
	}
	fmt.Println(length(head), head.Val, head.Next.Val)
	defer fmt.Println("deferred before the crash")
	fmt.Println(third(head))
	fmt.Println("not reached")
}

// Output:
// 2 2 1
// deferred before the crash
// Exit: 2
// Stderr: panic: runtime error: invalid memory address or nil pointer dereference
