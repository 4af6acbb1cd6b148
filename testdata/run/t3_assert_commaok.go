// Exercises comma-ok type assertions to concrete and interface types, on nil interfaces, in if statements and loops.
package main

import "fmt"

type Sizer interface{ Size() int }
type Namer interface{ Name() string }

type File struct {
	name string
	size int
}

func (f File) Size() int     { return f.size }
func (f *File) Name() string { return f.name }

type Num int

func (n Num) Size() int { return int(n) }

func main() {
	var x interface{} = 42
	n, ok := x.(int)
	fmt.Println(n, ok)
	s, ok := x.(string)
	fmt.Printf("%q %v\n", s, ok)
	i64, ok := x.(int64)
	fmt.Println(i64, ok)

	var none interface{}
	v, ok := none.(int)
	fmt.Println(v, ok)
	sz, ok := none.(Sizer)
	fmt.Println(sz == nil, ok)
	var noSizer Sizer
	nm, ok := noSizer.(Namer)
	fmt.Println(nm == nil, ok)

	f := &File{"a.txt", 10}
	items := []interface{}{File{"b.txt", 20}, f, Num(5), "str", nil, 3, []int{1, 2}}
	total := 0
	for i, it := range items {
		if s, ok := it.(Sizer); ok {
			total += s.Size()
			fmt.Printf("%d sizer %T size=%d\n", i, it, s.Size())
		}
		if n, ok := it.(Namer); ok {
			fmt.Printf("%d namer %s\n", i, n.Name())
		}
		if fv, ok := it.(File); ok {
			fmt.Println(i, "File value", fv.name)
		} else if fp, ok := it.(*File); ok {
			fp.size++
			fmt.Println(i, "File pointer", fp.name, fp.size)
		}
		if _, ok := it.(int); !ok {
			continue
		}
		fmt.Println(i, "is an int")
	}
	fmt.Println("total", total, "f.size", f.size)

	var sizer Sizer = Num(7)
	if num, ok := sizer.(Num); ok && num > 5 {
		fmt.Println("big num", num)
	}
	_, isNamer := sizer.(Namer)
	_, isFile := sizer.(File)
	fmt.Println(isNamer, isFile)
	sizer = f
	back, ok := sizer.(*File)
	fmt.Println(back == f, ok, back.Name())
	var ok2 bool
	x, ok2 = x.(int)
	fmt.Println(x, ok2)
	var e error
	if _, ok := interface{}(e).(error); !ok {
		fmt.Println("nil error is not an error")
	}
}

// Output:
// 42 true
// "" false
// 0 false
// 0 false
// true false
// true false
// 0 sizer main.File size=20
// 0 File value b.txt
// 1 sizer *main.File size=10
// 1 namer a.txt
// 1 File pointer a.txt 11
// 2 sizer main.Num size=5
// 5 is an int
// total 35 f.size 11
// big num 7
// false false
// true true a.txt
// 42 true
// nil error is not an error
