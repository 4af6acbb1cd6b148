// Exercises closures called immediately where they are written: they do not escape.
package main

import "fmt"

func compute(a, b int) int {
	r := func() int { // ERROR "func literal does not escape"
		return a*b + 1
	}()
	return r
}

func mutate() int {
	x := 1
	func() { // ERROR "func literal does not escape"
		x *= 7
	}()
	return x
}

func withArg(s []int) int { // ERROR "s does not escape"
	return func(t []int) int { // ERROR "t does not escape" "func literal does not escape"
		sum := 0
		for _, v := range t {
			sum += v
		}
		return sum
	}(s)
}

func main() {
	fmt.Println(compute(3, 4), mutate(), withArg([]int{1, 2, 3})) // ERROR "\.\.\. argument does not escape" "compute\(3, 4\) escapes to heap" "mutate\(\) escapes to heap" "withArg\(\[\]int\{\.\.\.\}\) escapes to heap" "\[\]int\{\.\.\.\} does not escape"
}
