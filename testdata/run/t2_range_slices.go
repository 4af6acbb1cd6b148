// range over slices: index only, index and value, value copies, range expression evaluated once.
package main

import "fmt"

type rec struct {
	k string
	v int
}

func main() {
	s := []int{10, 20, 30, 40}
	for i := range s {
		fmt.Print(" ", i)
	}
	fmt.Println()
	for i, v := range s {
		fmt.Print(" ", i, "=", v)
	}
	fmt.Println()
	for _, v := range s {
		v *= 2 // copy
		_ = v
	}
	fmt.Println(s)

	// The slice header is evaluated once: appending inside does not extend the loop.
	n := 0
	for range s {
		s = append(s, n)
		n++
	}
	fmt.Println(n, len(s))

	// But element writes are visible to later iterations.
	t := []int{1, 2, 3, 4}
	for i, v := range t {
		if i+1 < len(t) {
			t[i+1] += v
		}
	}
	fmt.Println(t)

	recs := []rec{{"a", 1}, {"b", 2}, {"c", 3}}
	total := 0
	for _, r := range recs {
		r.v = 100
		total += r.v
	}
	fmt.Println(total, recs)
	for i := range recs {
		recs[i].v *= 7
	}
	fmt.Println(recs)

	arr := [3]int{1, 2, 3}
	for i, v := range arr { // ranges over a copy of the array
		arr[2] = 100
		if i == 2 {
			fmt.Println(v)
		}
	}
	var i int
	for i = range []string{"x", "y", "z"} {
	}
	fmt.Println(i)
	nested := [][]int{{1}, {2, 3}, {}}
	for i, row := range nested {
		for j := range row {
			fmt.Print(" ", i, j)
		}
	}
	fmt.Println()
}

// Output:
//  0 1 2 3
//  0=10 1=20 2=30 3=40
// [10 20 30 40]
// 4 8
// [1 3 6 10]
// 300 [{a 1} {b 2} {c 3}]
// [{a 7} {b 14} {c 21}]
// 3
// 2
//  0 0 1 0 1 1
