package main

func main() {
	x := 1 2
	y := f(1 2) + )
	println(x y)
}
