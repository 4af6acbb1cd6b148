// types: sending on a receive-only channel, receiving from a send-only one
// needs: types (the type checker reports these)
package main

func producer(out chan<- int) {
	out <- 1
	_ = <-out // ERROR "invalid operation: cannot receive from send-only channel out \(variable of type chan<- int\)"
	for v := range out { // ERROR "cannot range over out \(variable of type chan<- int\) \(receive from send-only channel\)"
		_ = v
	}
}

func consumer(in <-chan int) {
	in <- 2 // ERROR "invalid operation: cannot send to receive-only channel in \(variable of type <-chan int\)"
	_ = <-in
	close(in) // ERROR "invalid operation: cannot close receive-only channel in \(variable of type <-chan int\)"
}

func main() {
	ch := make(chan int)
	go producer(ch)
	consumer(ch)
	var r <-chan int = ch
	var w chan<- int = ch
	var back chan int = r // ERROR "cannot use r \(variable of type <-chan int\) as type chan int in variable declaration"
	_, _ = w, back
}
