// types: range over values that cannot be ranged over, and too many iteration variables
// needs: types (the type checker reports these)
package main

type set struct{ items []int }

func main() {
	n := 10
	for i := range n { // ERROR "cannot range over n \(variable of type int\)"
		_ = i
	}
	var st set
	for _, v := range st { // ERROR "cannot range over st \(variable of type set\)"
		_ = v
	}
	ch := make(chan int)
	for a, b := range ch { // ERROR "range over ch \(variable of type chan int\) permits only one iteration variable"
		_, _ = a, b
	}
	p := &[]int{1}
	for range p { // ERROR "cannot range over p \(variable of type \*\[\]int\)"
	}
	ok := &[3]int{}
	for range ok {
	}
	f := func() {}
	for range f { // ERROR "cannot range over f \(variable of type func\(\)\)"
	}
}
