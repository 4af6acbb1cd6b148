package main

import "fmt"

// sum adds up the numbers from 1 to n.
func sum(n int) (total int) {
	for i := 1; i <= n; i++ {
		total += i
	}
	return
}

func main() {
	fmt.Println("sum", sum(10))
}
