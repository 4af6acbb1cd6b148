package main

import "fmt"

// Fill a map past two growths, deleting as it goes, and watch it with
// GOSUBDEBUG=maptrace=1.
func main() {
	m := make(map[int]int)
	for i := 0; i < 60; i++ {
		m[i] = i * i
		if i%4 == 3 {
			delete(m, i-1)
		}
	}
	sum := 0
	for _, v := range m {
		sum += v
	}
	fmt.Println(len(m), sum)
}
