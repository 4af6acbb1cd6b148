package main

func score(x int) int {
	return x*x + 100000 - x<<4
}

func best(a []int) int {
	m := 0
	for i := 0; i < len(a); i++ {
		s := score(a[i])
		if s > m {
			m = s
		}
	}
	return m
}

func less(x, y int) bool {
	return x < y
}

func main() {
	println(best([]int{3, -400, 20}), less(1, 2))
}
