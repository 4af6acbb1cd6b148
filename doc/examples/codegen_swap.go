package main

func swaps(n int) int {
	a, b := 1, 2
	for i := 0; i < n; i++ {
		a, b = b, a
	}
	return a*10 + b
}

func main() {
	println(swaps(3), swaps(4))
}
