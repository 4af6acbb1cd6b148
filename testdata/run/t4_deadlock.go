// Exercises the runtime's deadlock detection: main blocks on a channel nobody sends to.
package main

import "fmt"

func main() {
	c := make(chan int)
	fmt.Println("about to block")
	<-c
	fmt.Println("not reached")
}

// Output:
// about to block
// Exit: 2
// Stderr: fatal error: all goroutines are asleep - deadlock!
