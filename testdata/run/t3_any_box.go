// Exercises boxing into interface{}/any: every basic type, structs, arrays, pointers, slices, funcs; boxes built in callees and printed later.
package main

import "fmt"

type Pt struct {
	X, Y int
	Tag  string
}

type Grid [2][2]int8

func boxInts(n int) []any {
	var out []any
	for i := 0; i < n; i++ {
		local := i * 11 // each box must hold its own copy
		out = append(out, local)
	}
	return out
}

func boxStruct(x, y int) interface{} {
	p := Pt{x, y, fmt.Sprint("p", x)}
	return p // copied into the box; outlives this frame
}

func boxPtr(x int) any {
	p := Pt{X: x}
	return &p
}

func boxArray(seed int) any {
	var a [4]int
	for i := range a {
		a[i] = seed + i
	}
	return a
}

func main() {
	basics := []any{int(-1), int8(-8), int16(-16), int32(-32), int64(-64),
		uint(1), uint8(8), uint16(16), uint32(32), uint64(1 << 63), uintptr(7),
		true, false, "text", "", byte('A'), rune('é'), 'x'}
	for _, b := range basics {
		fmt.Printf("%T=%v;", b, b)
	}
	fmt.Println()
	ints := boxInts(4)
	var structs, ptrs, arrays []any
	for i := 1; i <= 3; i++ {
		structs = append(structs, boxStruct(i, -i))
		ptrs = append(ptrs, boxPtr(i*100))
		arrays = append(arrays, boxArray(i*10))
	}
	fmt.Println(ints...)
	fmt.Println(structs...)
	fmt.Printf("%+v %#v\n", structs[0], structs[2])
	for _, p := range ptrs {
		pp := p.(*Pt)
		pp.Y = pp.X / 2
		fmt.Printf("%T %+v|", p, *pp)
	}
	fmt.Println()
	fmt.Println(arrays, arrays[1] == [4]int{20, 21, 22, 23})

	sl := []int{1, 2, 3}
	var boxedSlice any = sl
	sl[0] = 99 // the box shares the backing array
	fmt.Printf("%v %T %d\n", boxedSlice, boxedSlice, len(boxedSlice.([]int)))
	g := Grid{{1, 2}, {3, 4}}
	var boxedGrid any = g
	g[0][0] = 50 // arrays are copied into the box
	fmt.Printf("%v %T %v\n", boxedGrid, boxedGrid, g)

	counter := 0
	var fn any = func() int { counter++; return counter }
	var nilFn func()
	var boxedNilFn any = nilFn
	fmt.Printf("%T %v %v\n", fn, fn != nil, boxedNilFn != nil)
	fmt.Println(fn.(func() int)(), fn.(func() int)(), counter, boxedNilFn.(func()) == nil)
	var ip *int
	var nilBoxes = []any{ip, nil, []string(nil), (*Pt)(nil)}
	for _, nb := range nilBoxes {
		fmt.Printf("[%T %v %v]", nb, nb, nb == nil)
	}
	fmt.Println()
	var nested any = []any{1, "a", Pt{1, 2, "z"}, []any{true}}
	fmt.Printf("%v %T\n", nested, nested)
}

// Output:
// int=-1;int8=-8;int16=-16;int32=-32;int64=-64;uint=1;uint8=8;uint16=16;uint32=32;uint64=9223372036854775808;uintptr=7;bool=true;bool=false;string=text;string=;uint8=65;int32=233;int32=120;
// 0 11 22 33
// {1 -1 p1} {2 -2 p2} {3 -3 p3}
// {X:1 Y:-1 Tag:p1} main.Pt{X:3, Y:-3, Tag:"p3"}
// *main.Pt {X:100 Y:50 Tag:}|*main.Pt {X:200 Y:100 Tag:}|*main.Pt {X:300 Y:150 Tag:}|
// [[10 11 12 13] [20 21 22 23] [30 31 32 33]] true
// [99 2 3] []int 3
// [[1 2] [3 4]] main.Grid [[50 2] [3 4]]
// func() int true true
// 1 2 2 true
// [*int <nil> false][<nil> <nil> true][[]string [] false][*main.Pt <nil> false]
// [1 a {1 2 z} [true]] []interface {}
