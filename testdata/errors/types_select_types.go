// types: the operands of select cases are checked like ordinary sends and receives
// needs: types (the type checker reports these)
package main

func main() {
	nums := make(chan int)
	var out chan<- string
	var in <-chan bool
	n := 0
	select {
	case nums <- "x": // ERROR `cannot use "x" \(untyped string constant\) as int value in send`
	case v := <-out: // ERROR "invalid operation: cannot receive from send-only channel out \(variable of type chan<- string\)"
		_ = v
	case in <- true: // ERROR "invalid operation: cannot send to receive-only channel in \(variable of type <-chan bool\)"
	case n = <-in: // ERROR "cannot use <-in \(comma, ok expression of type bool\) as type int in assignment"
	case b, ok := <-nums:
		var s string = b // ERROR "cannot use b \(variable of type int\) as type string in variable declaration"
		_, _ = s, ok
	}
	_ = n
}
