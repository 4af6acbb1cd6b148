// types: defer and go need a function call, and discard the results of builtins
// needs: types (the type checker reports these)
package main

func work() int { return 1 }

func main() {
	s := []int{1}
	defer len(s) // ERROR "defer discards result of len\(s\) \(value of type int\)"
	go cap(s) // ERROR "go discards result of cap\(s\) \(value of type int\)"
	defer int(3) // ERROR "defer requires function call, not conversion int\(3\) \(constant 3 of type int\)"
	go string("x") // ERROR `go requires function call, not conversion string\("x"\) \(constant "x" of type string\)`
	defer append(s, 1) // ERROR "defer discards result of append\(s, 1\) \(value of type \[\]int\)"
	defer work()
	go work()
	defer println("fine")
	defer close(make(chan int))
}
