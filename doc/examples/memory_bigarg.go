package main

type Big struct {
	A, B, C, D, E int // five words: more than four
}

func zeroA(b Big) int {
	b.A = 0 // changes zeroA's copy only
	return b.A + b.E
}

func twice(b Big) int {
	return zeroA(b) + b.A
}

func main() {
	b := Big{1, 2, 3, 4, 5}
	println(twice(b), b.A)
}
