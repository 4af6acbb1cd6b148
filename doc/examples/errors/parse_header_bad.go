package main

type Point struct{ x, y int }

func main() {
	p := Point{1, 2}
	if p == Point{} {
		println("zero")
	}
}
