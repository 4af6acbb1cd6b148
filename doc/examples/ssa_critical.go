package main

func max(a, b int) int {
	m := a
	if b > a {
		m = b
	}
	return m
}

func main() {
	println(max(3, 7), max(7, 3))
}
