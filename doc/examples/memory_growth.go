package main

import "fmt"

func main() {
	var ints []int
	last := -1
	for i := 0; i < 2000; i++ {
		ints = append(ints, i)
		if cap(ints) != last {
			last = cap(ints)
			fmt.Print(last, " ")
		}
	}
	fmt.Println()

	var bytes []byte
	last = -1
	for i := 0; i < 2000; i++ {
		bytes = append(bytes, 'x')
		if cap(bytes) != last {
			last = cap(bytes)
			fmt.Print(last, " ")
		}
	}
	fmt.Println()

	s := append([]int{1, 2}, 3, 4, 5) // 2 -> 5: more than double
	fmt.Println(len(s), cap(s))
}
