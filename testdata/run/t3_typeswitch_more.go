// Exercises type switches: multi-type cases keep the interface type, nil/default, interface and pointer cases, no binding, init statements, shadowing.
package main

import (
	"errors"
	"fmt"
)

type Shape interface{ Area() int }

type Rect struct{ W, H int }

func (r Rect) Area() int { return r.W * r.H }

type Circle struct{ R int }

func (c *Circle) Area() int { return 3 * c.R * c.R }

type MyInt int

func describe(x interface{}) string {
	switch x := x.(type) { // the binding shadows the parameter
	case nil:
		return "nil"
	case int, MyInt:
		// two types in one case: x keeps type interface{}, so it can be asserted again
		_, plain := x.(int)
		return fmt.Sprintf("int-ish %v %T plain=%v", x, x, plain)
	case *Circle:
		if x == nil {
			return "nil *Circle"
		}
		x.R++
		return fmt.Sprint("circle r=", x.R, " area=", x.Area())
	case Shape:
		return fmt.Sprintf("shape %T area=%d", x, x.Area())
	case error:
		return "error: " + x.Error()
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case []int:
		x[0] = 100
		return fmt.Sprint("slice ", x)
	case bool, int8:
		return fmt.Sprintf("%T", x)
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func kind(s Shape) string {
	switch s.(type) { // no binding
	case Rect:
		return "rect"
	case *Circle:
		return "circle"
	case nil:
		return "none"
	}
	return "?"
}

func main() {
	c := &Circle{1}
	nums := []int{1, 2}
	var nilCircle *Circle
	vals := []interface{}{nil, 5, MyInt(6), c, Rect{2, 3}, errors.New("boom"),
		"héllo", nums, true, int8(-1), uint(9), nilCircle, Shape(Rect{1, 1}), [2]int{}}
	for i, v := range vals {
		fmt.Println(i, describe(v))
	}
	fmt.Println(c.R, nums)
	var s Shape
	fmt.Println(kind(Rect{}), kind(c), kind(s))
	switch y := interface{}(c); v := y.(type) {
	case Shape:
		fmt.Println("init stmt ok", v.Area(), y == interface{}(c))
	}
	x := 10
	var box interface{} = "outer"
	switch box := box.(type) {
	case string:
		x := len(box) // inner x shadows outer x
		fmt.Println("inner", x, box)
	}
	fmt.Println("outer", x, box)
}

// Output:
// 0 nil
// 1 int-ish 5 int plain=true
// 2 int-ish 6 main.MyInt plain=false
// 3 circle r=2 area=12
// 4 shape main.Rect area=6
// 5 error: boom
// 6 string of len 6
// 7 slice [100 2]
// 8 bool
// 9 int8
// 10 other uint
// 11 nil *Circle
// 12 shape main.Rect area=1
// 13 other [2]int
// 2 [100 2]
// rect circle none
// init stmt ok 12 true
// inner 5 outer
// outer 10 outer
