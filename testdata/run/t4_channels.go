// Exercises buffered and unbuffered channels, directional channel types, close, comma-ok receive and range.
package main

import "fmt"

func produce(out chan<- int, n int) {
	for i := 0; i < n; i++ {
		out <- i
	}
	close(out)
}

func consume(in <-chan int, done chan<- int) {
	total := 0
	for v := range in {
		total += v
	}
	done <- total
}

func main() {
	b := make(chan string, 3)
	b <- "a"
	b <- "b"
	fmt.Println(len(b), cap(b))
	first := <-b
	fmt.Println(first, len(b))
	b <- "c"
	close(b)
	for s := range b {
		fmt.Println("drained", s)
	}
	v, ok := <-b
	fmt.Printf("%q %v\n", v, ok)

	data := make(chan int)
	done := make(chan int)
	go produce(data, 5)
	go consume(data, done)
	fmt.Println("total", <-done)

	var ro <-chan int
	var wo chan<- int
	c := make(chan int, 1)
	ro, wo = c, c
	wo <- 9
	fmt.Println(<-ro, cap(ro))

	chch := make(chan chan int, 1)
	inner := make(chan int, 1)
	chch <- inner
	inner <- 77
	fmt.Println(<-<-chch)

	results := make(chan int, 10)
	for i := 0; i < 10; i++ {
		results <- i * i
	}
	close(results)
	sum := 0
	for r := range results {
		sum += r
	}
	fmt.Println(sum)
	var nilCh chan int
	fmt.Println(nilCh == nil, len(nilCh), cap(nilCh))
	sig := make(chan struct{})
	go func() { close(sig) }()
	<-sig
	_, open := <-sig
	fmt.Println("closed twice-read:", open)
	var x int
	x, ok = <-results
	fmt.Println(x, ok)
	unbuf := make(chan int)
	fmt.Println(len(unbuf), cap(unbuf))
}

// Output:
// 2 3
// a 1
// drained b
// drained c
// "" false
// total 10
// 9 1
// 77
// 285
// true 0 0
// closed twice-read: false
// 0 false
// 0 0
