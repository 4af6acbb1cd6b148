// Exercises == and != on interface values: dynamic type and value, typed nil vs nil interface, interface vs concrete, structs/arrays/strings inside.
package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ code int }

func (e *MyErr) Error() string { return fmt.Sprint("code ", e.code) }

type Point struct{ X, Y int }

type Celsius int
type Fahrenheit int

func mayFail(fail bool) error {
	var p *MyErr // typed nil pointer
	if fail {
		p = &MyErr{7}
	}
	return p // never a nil interface!
}

func mayFailRight(fail bool) error {
	if fail {
		return &MyErr{7}
	}
	return nil
}

func main() {
	var a, b interface{} = 3, 3
	fmt.Println(a == b, a != b)
	b = int64(3)
	fmt.Println(a == b, a != b)
	var c1 interface{} = Celsius(10)
	var f1 interface{} = Fahrenheit(10)
	fmt.Println(c1 == f1, c1 == Celsius(10), f1 == 10, f1 == Fahrenheit(10))

	err := mayFail(false)
	fmt.Println("typed nil:", err == nil, err != nil, err.(*MyErr) == nil)
	fmt.Printf("%T %v\n", err, err == (*MyErr)(nil))
	err = mayFailRight(false)
	fmt.Println("real nil:", err == nil)
	e1, e2 := mayFailRight(true), mayFailRight(true)
	fmt.Println(e1 == e2, e1 == e1, e1 != nil)
	shared := &MyErr{1}
	var e3, e4 error = shared, shared
	fmt.Println(e3 == e4, e3 == error(shared))
	sentinel := errors.New("x")
	fmt.Println(sentinel == errors.New("x"), sentinel == sentinel)

	var p1, p2 interface{} = Point{1, 2}, Point{1, 2}
	fmt.Println(p1 == p2, p1 == Point{2, 1}, p1 == interface{}(Point{1, 2}))
	var arr1, arr2 interface{} = [3]int{1, 2, 3}, [3]int{1, 2, 3}
	fmt.Println(arr1 == arr2, arr1 == [3]int{1, 2, 4}, arr1 == [2]int{1, 2})
	var s1 interface{} = "go" + "pher"
	gop := "go"
	var s2 interface{} = gop + "pher"
	fmt.Println(s1 == s2, s1 == "gopher", s2 != "Gopher")

	var n1, n2 interface{}
	fmt.Println(n1 == n2, n1 == nil)
	n1 = (*Point)(nil)
	fmt.Println(n1 == n2, n1 == nil, n1 == (*Point)(nil), n1 == (*MyErr)(nil))
	var bt1, bt2 interface{} = true, false
	fmt.Println(bt1 == bt2, bt1 == !bt2.(bool))
	nested1 := struct {
		A interface{}
		B string
	}{Point{1, 1}, "s"}
	nested2 := nested1
	fmt.Println(nested1 == nested2)
	nested2.A = [1]int{1}
	fmt.Println(nested1 == nested2)
	vals := []interface{}{1, "1", int8(1), uint(1), Celsius(1), nil}
	for i := range vals {
		for j := range vals {
			if vals[i] == vals[j] {
				fmt.Print(i, j, ";")
			}
		}
	}
	fmt.Println()
}

// Output:
// true false
// false true
// false true false true
// typed nil: false true true
// *main.MyErr true
// real nil: true
// false true true
// true true
// false true
// true false true
// true false false
// true true true
// true true
// false false true false
// false true
// true
// false
// 0 0;1 1;2 2;3 3;4 4;5 5;
