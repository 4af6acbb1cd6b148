package main

func bump(p *int) {
	*p++
}

func count() int {
	n := 0
	bump(&n)
	bump(&n)
	return n
}

func main() {
	println(count())
}
