package main

import "fmt"

func main() {
	nums := []int{1, 2 3}
	total := 0
	for i := 0; i < len(nums); i++ {
		total += nums[i
	}
	fmt.Println("total:" total)
}
