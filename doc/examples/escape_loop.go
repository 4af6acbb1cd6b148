package main

func lastSquare(n int) int {
	var keep *int
	for i := 1; i <= n; i++ {
		v := i * i
		keep = &v
	}
	return *keep
}

func sumSquares(n int) int {
	total := 0
	for i := 1; i <= n; i++ {
		v := i * i
		p := &v
		total += *p
	}
	return total
}

func main() {
	println(lastSquare(4), sumSquares(4))
}
