// Tests GC pressure from many small short-lived maps made in a loop (string keys, pointer values), each checked before it becomes garbage.
package main

import (
	"fmt"
	"runtime"
)

type Item struct {
	Name string
	N    int
}

func build(i int) map[string]*Item {
	m := map[string]*Item{}
	for j := 0; j < i%9; j++ {
		name := fmt.Sprint("k", j)
		m[name] = &Item{Name: name, N: i + j}
	}
	return m
}

func main() {
	total := 0
	bad := 0
	var keep map[string]*Item
	for i := 0; i < 400; i++ {
		m := build(i)
		for k, it := range m {
			if it.Name != k {
				bad++
			}
			total += it.N
		}
		if i%200 == 0 {
			keep = m
		}
		if i%100 == 0 {
			runtime.GC()
		}
	}
	fmt.Println(total, bad, len(keep))

	// tiny int maps that grow past one bucket and are dropped
	sum := 0
	for i := 0; i < 300; i++ {
		m := make(map[int]int)
		for j := 0; j < 12; j++ {
			m[j] = i * j
		}
		delete(m, 3)
		sum += len(m) + m[11]
	}
	fmt.Println(sum)

	// the kept map is still intact after more garbage
	runtime.GC()
	fmt.Println(keep["k0"].Name, keep["k0"].N, keep["k1"].Name, keep["k1"].N, keep["k2"] == nil)
}

// Output:
// 321570 0 2
// 496650
// k0 200 k1 201 true
