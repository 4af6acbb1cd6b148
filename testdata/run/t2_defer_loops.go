// defer in loops: every iteration's defer runs at function exit, in reverse, with its own arguments.
package main

import "fmt"

type res struct {
	name string
	log  *[]string
}

func (r *res) Close() { *r.log = append(*r.log, "close "+r.name) }

func open(name string, log *[]string) *res {
	*log = append(*log, "open "+name)
	return &res{name, log}
}

func useAll(names []string) []string {
	var log []string
	func() {
		for _, n := range names {
			r := open(n, &log)
			defer r.Close()
		}
		log = append(log, "working")
	}()
	return log
}

func countdown() {
	for i := 0; i < 5; i++ {
		defer fmt.Print(" ", i)
	}
	fmt.Print("deferred:")
}

func closures() {
	for i := 0; i < 3; i++ {
		defer func() { fmt.Print(" c", i) }() // shares one i (Go 1.19)
	}
}

func perIteration() {
	for i := 0; i < 3; i++ {
		func() {
			defer fmt.Print(" end", i)
			fmt.Print(" start", i)
		}()
	}
}

func main() {
	fmt.Println(useAll([]string{"a", "b", "c"}))
	countdown()
	fmt.Println()
	closures()
	fmt.Println()
	perIteration()
	fmt.Println()
	sum := 0
	func() {
		for i := 1; i <= 100; i++ {
			defer func(k int) { sum += k }(i)
		}
	}()
	fmt.Println(sum)
}

// Output:
// [open a open b open c working close c close b close a]
// deferred: 4 3 2 1 0
//  c3 c3 c3
//  start0 end0 start1 end1 start2 end2
// 5050
