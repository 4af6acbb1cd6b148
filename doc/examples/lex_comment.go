package main

func main() {
	n := 1 /* this comment
	spans two lines */ println(n)
}
