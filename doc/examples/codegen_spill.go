package main

func id(x int) int { return x }

func spill(a, b, c, d, e, f int) int {
	g := id(a)
	return a + b + c + d + e + f + g
}

func main() {
	println(spill(1, 2, 3, 4, 5, 6))
}
