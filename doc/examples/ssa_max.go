package main

func max(a, b int) int {
	m := b
	if a > b {
		m = a
	}
	return m
}

func main() {
	println(max(3, 7), max(9, -2))
}
