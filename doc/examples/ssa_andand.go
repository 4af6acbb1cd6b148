package main

func inRange(x, lo, hi int) bool {
	return lo <= x && x < hi
}

func main() {
	println(inRange(5, 1, 10), inRange(12, 1, 10))
}
