// syntax: extra ] after an index expression
package main

func main() {
	a := []int{1, 2}
	x := a[0]] // ERROR "unexpected ] at end of statement"
	_ = x
}
