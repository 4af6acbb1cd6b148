// Tests values larger than 128 bytes ([20]int and a big struct), which the runtime stores indirectly: insert, overwrite, read-modify-write, delete, growth and comma-ok.
package main

import (
	"fmt"
	"runtime"
)

type Big struct {
	Name string
	Data [20]int
	Tail *int
}

func main() {
	m := map[int][20]int{}
	for i := 0; i < 200; i++ {
		var v [20]int
		for j := range v {
			v[j] = i*100 + j
		}
		m[i] = v
	}
	fmt.Println(len(m), m[0][19], m[199][0], m[150][7], m[1000][5])

	v := m[5]
	v[3] = -1
	fmt.Println(m[5][3], v[3])
	m[5] = v
	fmt.Println(m[5][3], m[5][4])

	got, ok := m[42]
	fmt.Println(got[0], got[19], ok)
	got, ok = m[-1]
	fmt.Println(got, ok)

	for i := 0; i < 200; i += 2 {
		delete(m, i)
	}
	sum := 0
	for k, arr := range m {
		for _, x := range arr {
			sum += x - k*100
		}
	}
	fmt.Println(len(m), sum)

	// struct values with a pointer inside survive a collection
	bm := map[string]Big{}
	for i := 0; i < 50; i++ {
		n := i * 3
		b := Big{Name: fmt.Sprint("big", i), Tail: &n}
		b.Data[19] = i
		bm[b.Name] = b
	}
	runtime.GC()
	okCount := 0
	for k, b := range bm {
		if k == b.Name && *b.Tail == b.Data[19]*3 {
			okCount++
		}
	}
	fmt.Println(len(bm), okCount, *bm["big49"].Tail, bm["big7"].Data[19])

	// a value built in place by a composite literal
	bm["lit"] = Big{Name: "lit", Data: [20]int{1, 2, 3, 19: 20}}
	fmt.Println(bm["lit"].Data, bm["lit"].Tail == nil)
	fmt.Println(bm["missing"].Data[0], bm["missing"].Name == "")
}

// Output:
// 200 19 19900 15007 0
// 503 -1
// -1 504
// 4200 4219 true
// [0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0] false
// 100 18496
// 50 50 147 7
// [1 2 3 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 20] true
// 0 true
