// types: channel operations on values that are not channels
// needs: types (the type checker reports these)
package main

func main() {
	n := 1
	n <- 2 // ERROR "invalid operation: cannot send to non-channel n \(variable of type int\)"
	_ = <-n // ERROR "invalid operation: cannot receive from non-channel n \(variable of type int\)"
	close(n) // ERROR "invalid operation: cannot close non-channel n \(variable of type int\)"
	s := []int{}
	for v := range 5 { // ERROR "cannot range over 5 \(untyped int constant\)"
		_ = v
	}
	ch := make(chan int)
	ch <- "x" // ERROR `cannot use "x" \(untyped string constant\) as int value in send`
	_ = s
}
