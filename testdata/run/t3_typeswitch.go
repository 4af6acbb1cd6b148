// Exercises type switches: nil, multi-type cases, slice/map/func/pointer/error/interface cases and default.
package main

import (
	"errors"
	"fmt"
)

type T struct{ n int }

type Stringer interface{ String() string }

type S string

func (s S) String() string { return "S(" + string(s) + ")" }

func classify(x any) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int, string:
		return fmt.Sprintf("int or string %v (%T)", v, v)
	case []int:
		return fmt.Sprint("slice of len ", len(v))
	case map[string]int:
		return fmt.Sprint("map with a=", v["a"])
	case func():
		v()
		return "func()"
	case func(int) int:
		return fmt.Sprint("func(int) int gives ", v(20))
	case *T:
		v.n++
		return fmt.Sprint("*T with n=", v.n)
	case T:
		return fmt.Sprint("T with n=", v.n)
	case error:
		return "error: " + v.Error()
	case Stringer:
		return "Stringer: " + v.String()
	case bool:
		if v {
			return "true bool"
		}
		return "false bool"
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	t := &T{1}
	inputs := []any{nil, 7, "hi", []int{1, 2}, map[string]int{"a": 9},
		func() { fmt.Println("  (called)") }, func(i int) int { return i * 2 },
		t, T{5}, errors.New("boom"), S("x"), false, int8(3), [2]int{}}
	for _, in := range inputs {
		fmt.Println(classify(in))
	}
	fmt.Println(t.n)

	var x any = 3
	switch x.(type) {
	case string:
		fmt.Println("no")
	default:
		fmt.Println("default without binding")
	case int:
		fmt.Println("int without binding")
	}
	switch y := any(S("q")).(type) {
	case fmt.Stringer:
		fmt.Println("fmt.Stringer", y)
	}
	var err error
	switch err.(type) {
	case nil:
		fmt.Println("nil error")
	}
}

// Output:
// nil
// int or string 7 (int)
// int or string hi (string)
// slice of len 2
// map with a=9
//   (called)
// func()
// func(int) int gives 40
// *T with n=2
// T with n=5
// error: boom
// Stringer: S(x)
// false bool
// other int8
// other [2]int
// 2
// int without binding
// fmt.Stringer S(q)
// nil error
