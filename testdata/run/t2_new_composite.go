// new(T) for structs, arrays, slices and pointers; &T{} versus new(T); zero values through pointers.
package main

import "fmt"

type Inner struct {
	vals [3]int
	name string
}

type Outer struct {
	in    Inner
	pin   *Inner
	list  []int
	count int
}

func main() {
	o := new(Outer)
	fmt.Println(o.in, o.pin == nil, o.list == nil, o.count)
	o.pin = new(Inner)
	o.pin.vals[1] = 5
	o.pin.name = "inner"
	o.in.vals[2] = 9
	o.list = append(o.list, 1, 2)
	fmt.Println(*o.pin, o.in, o.list)

	o2 := &Outer{count: 3}
	fmt.Println(o2.count, o2.pin == nil)

	arr := new([4]string)
	arr[0] = "a"
	arr[3] = "d"
	fmt.Printf("%q\n", *arr)

	sl := new([]int)
	fmt.Println(*sl == nil, len(*sl))
	*sl = append(*sl, 7, 8, 9)
	fmt.Println(*sl, len(*sl))

	pp := new(*int)
	fmt.Println(*pp == nil)
	v := 11
	*pp = &v
	**pp *= 2
	fmt.Println(v)

	fn := new(func(int) int)
	fmt.Println(*fn == nil)
	*fn = func(x int) int { return x + 1 }
	fmt.Println((*fn)(41))

	objs := make([]*Inner, 3)
	for i := range objs {
		objs[i] = new(Inner)
		objs[i].vals[i] = i + 1
	}
	for _, p := range objs {
		fmt.Print(" ", p.vals)
	}
	fmt.Println()
	a, b := new(Inner), new(Inner)
	fmt.Println(*a == *b, a == b)
}

// Output:
// {[0 0 0] } true true 0
// {[0 5 0] inner} {[0 0 9] } [1 2]
// 3 true
// ["a" "" "" "d"]
// true 0
// [7 8 9] 3
// true
// 22
// true
// 42
//  [1 0 0] [0 2 0] [0 0 3]
// true false
