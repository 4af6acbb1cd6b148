package main

var (
	s       = make([]int, 3)
	b       = []byte("hi")
	x   any = &s
	p       = x.(*[]int)
)

func main() {}
