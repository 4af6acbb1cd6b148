package main

type Point struct{ x, y int }

func check(p Point) {
	if p == (Point{1, 2}) {
	}
	for range []int{7, 8} {
	}
}

func main() {}
