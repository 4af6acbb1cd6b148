package main

func main() {
	total := count + 1
	var ok bool = total
	n := len(total) * 2
	println(n)
	s := []int{1, 2}
	s.Push(3)
}
