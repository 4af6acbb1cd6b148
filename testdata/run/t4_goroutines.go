// Exercises go statements (func literals, named funcs, methods) with results ordered by channels and WaitGroup.
package main

import (
	"fmt"
	"sync"
)

type worker struct{ id int }

func (w worker) run(out chan<- string, done *sync.WaitGroup) {
	defer done.Done()
	out <- fmt.Sprint("worker ", w.id)
}

func square(n int, results []int, wg *sync.WaitGroup) {
	defer wg.Done()
	results[n] = n * n
}

func main() {
	var wg sync.WaitGroup
	results := make([]int, 8)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go square(i, results, &wg)
	}
	wg.Wait()
	fmt.Println(results)

	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v * 10
		}
		close(pong)
	}()
	for i := 1; i <= 3; i++ {
		ping <- i
		fmt.Println("pong", <-pong)
	}
	close(ping)
	_, ok := <-pong
	fmt.Println("pong closed:", !ok)

	out := make(chan string, 3)
	var wg2 sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg2.Add(1)
		go worker{i}.run(out, &wg2)
	}
	wg2.Wait()
	close(out)
	n := 0
	for range out {
		n++
	}
	fmt.Println("messages:", n)

	// a pipeline: generate -> square -> sum, each stage a goroutine
	gen := func(n int) <-chan int {
		c := make(chan int)
		go func() {
			defer close(c)
			for i := 1; i <= n; i++ {
				c <- i
			}
		}()
		return c
	}
	sq := func(in <-chan int) <-chan int {
		c := make(chan int)
		go func() {
			for v := range in {
				c <- v * v
			}
			close(c)
		}()
		return c
	}
	sum := 0
	for v := range sq(gen(10)) {
		sum += v
	}
	fmt.Println("sum of squares:", sum)
	done := make(chan struct{})
	go func(msg string) {
		fmt.Println(msg)
		done <- struct{}{}
	}("argument passed to goroutine")
	<-done
}

// Output:
// [0 1 4 9 16 25 36 49]
// pong 10
// pong 20
// pong 30
// pong closed: true
// messages: 3
// sum of squares: 385
// argument passed to goroutine
