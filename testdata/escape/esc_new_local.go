// Exercises new(T) whose result never leaves the function: it stays on the stack.
package main

import "fmt"

type acc struct {
	sum, count int
}

func average(xs []int) int { // ERROR "xs does not escape"
	a := new(acc) // ERROR "new\(acc\) does not escape"
	for _, x := range xs {
		a.sum += x
		a.count++
	}
	if a.count == 0 {
		return 0
	}
	return a.sum / a.count
}

func square(v int) int {
	p := new(int) // ERROR "new\(int\) does not escape"
	*p = v * v
	return *p
}

func fill() int {
	arr := new([16]int) // ERROR "new\(\[16\]int\) does not escape"
	for i := 0; i < 16; i++ {
		arr[i] = i
	}
	return arr[15]
}

func main() {
	fmt.Println(average([]int{2, 4, 6}), square(7), fill()) // ERROR "\.\.\. argument does not escape" "average\(\[\]int\{\.\.\.\}\) escapes to heap" "\[\]int\{\.\.\.\} does not escape" "square\(7\) escapes to heap" "fill\(\) escapes to heap"
}
