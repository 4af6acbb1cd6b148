package main

type Point struct {
	X, Y, Z int
}

func moved(p Point) Point {
	q := p // a copy: q and p are two Points
	q.X += 10
	return q
}

func getY(p *Point) int {
	return p.Y
}

func main() {
	p := Point{1, 2, 3}
	q := moved(p)
	println(p.X, q.X, getY(&q))
}
