// types: the calls in defer and go statements are checked like any other call
// needs: types (the type checker reports these)
package main

import "sync"

func work(id int) {}

func main() {
	var wg sync.WaitGroup
	defer work() // ERROR "not enough arguments in call to work"
	go work("a") // ERROR `cannot use "a" \(untyped string constant\) as int value in argument to work`
	defer work(1, 2) // ERROR "too many arguments in call to work"
	go func(n int) {}() // ERROR "not enough arguments in call to func\(n int\) \{\}"
	defer wg.Done(1) // ERROR "too many arguments in call to wg\.Done"
	go undefinedWorker(3) // ERROR "undefined: undefinedWorker"
	defer func() {}()
	wg.Wait()
}
