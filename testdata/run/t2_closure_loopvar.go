// Closures capturing loop variables with Go 1.19 semantics: one variable per loop, shared by all closures.
package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(" ", f()) // 3 3 3 in Go 1.19
	}
	fmt.Println()

	fs = nil
	for i := 0; i < 3; i++ {
		i := i // per-iteration copy
		fs = append(fs, func() int { return i * 10 })
	}
	for _, f := range fs {
		fmt.Print(" ", f())
	}
	fmt.Println()

	var gs []func() string
	for _, s := range []string{"a", "b", "c"} {
		gs = append(gs, func() string { return s })
	}
	for _, g := range gs {
		fmt.Print(" ", g())
	}
	fmt.Println()

	var ps []*int
	for i := 0; i < 3; i++ {
		ps = append(ps, &i)
	}
	fmt.Println(*ps[0], *ps[1], *ps[2], ps[0] == ps[2])

	var hs []func() int
	for i, v := range []int{5, 6, 7} {
		hs = append(hs, func() int { return i*100 + v })
	}
	for _, h := range hs {
		fmt.Print(" ", h())
	}
	fmt.Println()

	// A closure that modifies the loop variable changes the loop itself.
	n := 0
	for i := 0; i < 10; i++ {
		skip := func() { i += 2 }
		skip()
		n++
	}
	fmt.Println(n)

	var ks []func() int
	for i := 0; i < 3; i++ {
		func(j int) {
			ks = append(ks, func() int { return j })
		}(i)
	}
	fmt.Println(ks[0](), ks[1](), ks[2]())
}

// Output:
//  3 3 3
//  0 10 20
//  c c c
// 3 3 3 true
//  207 207 207
// 4
// 0 1 2
