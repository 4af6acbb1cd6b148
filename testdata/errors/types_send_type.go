// types: sending a value of the wrong type on a channel
// needs: types (the type checker reports these)
package main

func main() {
	ch := make(chan int, 3)
	names := make(chan string, 1)
	ch <- "one" // ERROR `cannot use "one" \(untyped string constant\) as int value in send`
	s := "two"
	ch <- s // ERROR "cannot use s \(variable of type string\) as type int in send"
	names <- len(s) // ERROR "cannot use len\(s\) \(value of type int\) as type string in send"
	var done chan bool = make(chan bool, 1)
	done <- 1 // ERROR "cannot use 1 \(untyped int constant\) as bool value in send"
}
