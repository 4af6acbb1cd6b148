// Method values: the receiver is evaluated and copied (value receiver) or its address taken when bound.
package main

import "fmt"

type T struct {
	n int
}

func (t T) Val() int   { return t.n }
func (t *T) Ptr() int  { return t.n }
func (t *T) Set(v int) { t.n = v }

func apply(f func() int) int { return f() }

func main() {
	t := T{1}
	v := t.Val // copies t now
	p := t.Ptr // takes &t
	t.n = 2
	fmt.Println(v(), p(), t.Val())

	set := t.Set
	set(42)
	fmt.Println(t.n, v(), p())

	pt := &T{10}
	pv := pt.Val // copies *pt now
	pp := pt.Ptr
	pt.n = 20
	fmt.Println(pv(), pp())

	pt = &T{30} // rebinding pt does not affect bound values
	fmt.Println(pv(), pp())

	fs := []func() int{}
	ts := []T{{1}, {2}, {3}}
	for i := range ts {
		fs = append(fs, ts[i].Val)
		fs = append(fs, ts[i].Ptr)
	}
	for i := range ts {
		ts[i].n *= 100
	}
	for _, f := range fs {
		fmt.Print(" ", f())
	}
	fmt.Println()
	fmt.Println(apply(t.Val), apply(pt.Ptr))

	setters := []func(int){ts[0].Set, ts[2].Set}
	setters[0](-1)
	setters[1](-3)
	fmt.Println(ts)
}

// Output:
// 1 2 2
// 42 1 42
// 10 20
// 10 20
//  1 100 2 200 3 300
// 42 30
// [{-1} {200} {-3}]
