// Exercises a local struct holding a slice field that never leaves the function.
package main

import "fmt"

type bag struct {
	items []int
	name  string
}

func sumBag() int {
	b := bag{items: make([]int, 0, 8), name: "local"} // ERROR "make\(\[\]int, 0, 8\) does not escape"
	for i := 0; i < 5; i++ {
		b.items = append(b.items, i)
	}
	t := 0
	for _, v := range b.items {
		t += v
	}
	return t
}

func countBag(b *bag) int { // ERROR "b does not escape"
	return len(b.items)
}

func useBag() int {
	b := bag{items: []int{1, 2, 3}} // ERROR "\[\]int\{\.\.\.\} does not escape"
	return countBag(&b)
}

func main() {
	fmt.Println(sumBag(), useBag()) // ERROR "\.\.\. argument does not escape" "sumBag\(\) escapes to heap" "useBag\(\) escapes to heap"
}
