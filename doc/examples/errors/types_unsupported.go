package main

func Map[T any](xs []T) []T { return xs }

func main() {
	var f float64
	x := 1.5
	defer func() { recover() }()
	println(f, x)
}
