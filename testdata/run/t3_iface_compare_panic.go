// Exercises the run-time panic when == compares two interface values whose dynamic type ([]int) is not comparable.
package main

import "fmt"

type Holder struct {
	Name string
	Val  interface{}
}

func same(a, b interface{}) bool {
	return a == b
}

func main() {
	fmt.Println(same(1, 1), same("a", "b"))
	// Different dynamic types compare unequal without looking at the values.
	fmt.Println(same([]int{1}, "x"), same([]int{1}, nil))
	h1 := Holder{"a", 5}
	h2 := Holder{"a", 5}
	fmt.Println(h1 == h2)
	var e1, e2 interface{} = [2]string{"p", "q"}, [2]string{"p", "q"}
	fmt.Println("arrays are comparable:", e1 == e2)
	xs := []int{1, 2, 3}
	var x interface{} = xs
	var y interface{} = xs
	fmt.Println("comparing slices...")
	fmt.Println(same(x, y))
	fmt.Println("not reached")
}

// Output:
// true false
// false false
// true
// arrays are comparable: true
// comparing slices...
// Exit: 2
// Stderr: panic: runtime error: comparing uncomparable type []int
