package main

var (
	a chan<- chan int
	b chan (<-chan int)
	c = make(<-chan int)
)

func main() {}
