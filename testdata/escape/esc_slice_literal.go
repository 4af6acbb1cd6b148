// Exercises slice literals: local only, returned, and stored in a global.
package main

import "fmt"

var primes []int

func sumLocal() int {
	s := []int{1, 2, 3, 4} // ERROR "\[\]int\{\.\.\.\} does not escape"
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

func words() []string {
	return []string{"go", "sub"} // ERROR "\[\]string\{\.\.\.\} escapes to heap"
}

func setPrimes() {
	primes = []int{2, 3, 5, 7} // ERROR "\[\]int\{\.\.\.\} escapes to heap"
}

func nested() int {
	m := [][]int{{1}, {2, 3}} // ERROR "\[\]\[\]int\{\.\.\.\} does not escape" "\[\]int\{\.\.\.\} does not escape" "\[\]int\{\.\.\.\} does not escape"
	return len(m[1])
}

func main() {
	setPrimes()
	w := words()
	fmt.Println(sumLocal(), w[1], primes[3], nested()) // ERROR "\.\.\. argument does not escape" "sumLocal\(\) escapes to heap" "w\[1\] escapes to heap" "primes\[3\] escapes to heap" "nested\(\) escapes to heap"
}
