package main

func push(s []int, x int) []int {
	return append(s, x)
}

func main() {
	var s []int
	for i := 0; i < 5; i++ {
		s = push(s, i)
	}
	println(len(s), cap(s), s[4])
}
