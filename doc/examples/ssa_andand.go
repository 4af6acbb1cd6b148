package main

func inside(x, lo, hi int) int {
	n := 0
	if lo <= x && x < hi {
		n = 1
	}
	return n
}

func main() {
	println(inside(5, 1, 10), inside(12, 1, 10))
}
