package main

func sums(s string, a, b, c, d, e int) (int, int, int) {
	return len(s) + a, b + c, d + e
}

func main() {
	x, y, z := sums("hello", 1, 2, 3, 4, 5)
	println(x, y, z)
}
