// Exercises select with send, receive, comma-ok receive, default, nil channels and labeled break.
package main

import "fmt"

func main() {
	c := make(chan int, 1)
	select {
	case v := <-c:
		fmt.Println("received", v)
	default:
		fmt.Println("empty: default")
	}
	select {
	case c <- 1:
		fmt.Println("sent 1")
	default:
		fmt.Println("full")
	}
	select {
	case c <- 2:
		fmt.Println("sent 2")
	default:
		fmt.Println("full: default")
	}
	select {
	case v, ok := <-c:
		fmt.Println("got", v, ok)
	}
	close(c)
	select {
	case v, ok := <-c:
		fmt.Println("closed:", v, ok)
	default:
		fmt.Println("not chosen: a closed channel is ready")
	}

	var nilCh chan int
	out := make(chan int, 1)
	select {
	case <-nilCh:
		fmt.Println("never")
	case nilCh <- 1:
		fmt.Println("never")
	case out <- 5:
		fmt.Println("only the ready case runs")
	}

	in := make(chan int)
	quit := make(chan bool)
	go func() {
		for i := 1; i <= 3; i++ {
			in <- i
		}
		quit <- true
	}()
	total := 0
loop:
	for {
		select {
		case v := <-in:
			total += v
		case <-quit:
			break loop
		}
	}
	fmt.Println("total", total)

	results := make(chan string)
	go func() { results <- "from goroutine" }()
	var msg string
	select {
	case msg = <-results: // receive into an existing variable
	}
	fmt.Println(msg)
	empty := make(chan int)
	for i := 0; i < 2; i++ {
		select {
		case <-empty:
		default:
			fmt.Println("default", i)
		}
	}
	select {
	default:
	}
}

// Output:
// empty: default
// sent 1
// full: default
// got 1 true
// closed: 0 false
// only the ready case runs
// total 6
// from goroutine
// default 0
// default 1
