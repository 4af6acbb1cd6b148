// syntax: unclosed [ in an index expression
package main

func main() {
	a := []int{1, 2}
	x := a[0 // ERROR "unexpected newline, expecting comma, : or ]"
	_ = x
}
