// syntax: 3-index slice without its middle or final index
package main

func main() {
	a := []int{1, 2, 3}
	b := a[1::3] // ERROR "middle index required in 3-index slice"
	c := a[1:2:] // ERROR "final index required in 3-index slice"
	_, _ = b, c
}
