// Exercises every range form: array, pointer to array, slice, string, map, channel, with define and assign forms.
package main

import (
	"fmt"
	"sort"
)

var calls int

func items() []int {
	calls++
	return []int{1, 2, 3}
}

func main() {
	arr := [3]string{"a", "b", "c"}
	for i, v := range arr {
		arr[2] = "changed" // range over an array copies it first
		fmt.Print(i, v, ";")
	}
	fmt.Println(arr)
	for i, v := range &arr {
		fmt.Print(i, v, ";")
	}
	fmt.Println()

	s := []int{10, 20, 30}
	for i := range s {
		s[i] *= 2
	}
	for _, v := range s {
		v++ // copy only
	}
	fmt.Println(s)
	for i, v := range s {
		if i == 0 {
			s = append(s, 99) // the range length was fixed at the start
		}
		fmt.Print(v, ";")
	}
	fmt.Println(len(s))
	for range items() {
	}
	fmt.Println("items() called", calls, "time(s)")

	var i, v int
	for i, v = range []int{5, 6, 7} {
	}
	fmt.Println("after assign-form range:", i, v)
	var r rune
	var pos int
	for pos, r = range "hé!" {
		fmt.Print(pos, string(r), ";")
	}
	fmt.Println()

	m := map[string]int{"x": 1, "y": 2, "z": 3}
	var keys []string
	total := 0
	for k, v := range m {
		keys = append(keys, k)
		total += v
	}
	sort.Strings(keys)
	fmt.Println(keys, total)
	for k := range m {
		delete(m, k) // deleting during range is allowed
	}
	fmt.Println(len(m))
	var k string
	for k = range map[string]bool{"only": true} {
	}
	fmt.Println(k)

	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	ch <- 3
	close(ch)
	for v := range ch {
		fmt.Print(v, ";")
	}
	fmt.Println()
	var nilSlice []int
	for range nilSlice {
		fmt.Println("never")
	}
	for i := range [3]struct{}{} {
		fmt.Print(i)
	}
	fmt.Println()
}

// Output:
// 0a;1b;2c;[a b changed]
// 0a;1b;2changed;
// [20 40 60]
// 20;40;60;4
// items() called 1 time(s)
// after assign-form range: 2 7
// 0h;1é;3!;
// [x y z] 6
// 0
// only
// 1;2;3;
// 012
