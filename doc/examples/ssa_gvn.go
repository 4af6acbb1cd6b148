package main

func double(a []int, i int) {
	a[i] += a[i]
}

func main() {
	a := []int{1, 2, 3}
	double(a, 1)
	println(a[0], a[1], a[2])
}
