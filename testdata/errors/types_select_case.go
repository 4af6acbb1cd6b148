// types: select cases must be channel sends or receives
package main

func main() {
	ch := make(chan int)
	n := 0
	select {
	case n > 0: // ERROR "select case must be send or receive \(possibly with assignment\)"
	case ch <- 1:
	case v := <-ch:
		_ = v
	case n = <-ch:
	}
	_ = n
}
