// Deferred call arguments and receivers are evaluated at the defer statement, not at the call.
package main

import "fmt"

type T struct{ n int }

func (t T) Show(tag string)   { fmt.Println(tag, "value receiver", t.n) }
func (t *T) PShow(tag string) { fmt.Println(tag, "pointer receiver", t.n) }

func show(tag string, v int) { fmt.Println(tag, v) }

func get(tag string, v int) int {
	fmt.Println("evaluating", tag)
	return v
}

func main() {
	x := 1
	defer show("x at defer:", x)
	defer func() { show("x in closure:", x) }()
	x = 2

	s := []int{1, 2, 3}
	defer fmt.Println("slice header at defer:", s, len(s))
	s[0] = 100 // the shared array changes
	s = append(s, 4)

	t := T{10}
	defer t.Show("t")
	defer t.PShow("t")
	t.n = 20

	defer show("nested args:", get("a", 5)+get("b", 6))

	arr := [2]int{1, 2}
	defer fmt.Println("array copy:", arr)
	arr[0] = 99

	p := &T{1}
	defer p.Show("p")
	p = &T{2}
	fmt.Println("main body done", x, s, t.n, arr)
}

// Output:
// evaluating a
// evaluating b
// main body done 2 [100 2 3 4] 20 [99 2]
// p value receiver 1
// array copy: [1 2]
// nested args: 11
// t pointer receiver 20
// t value receiver 10
// slice header at defer: [100 2 3] 3
// x in closure: 2
// x at defer: 1
