package main

func main() {
	n := 1 +
		2
	println(n,
		n)
	n++
}
