// Tests inserting during range: every original entry is produced exactly once whether or not the new entries are; prints only what is deterministic.
package main

import "fmt"

func main() {
	m := map[int]int{}
	for i := 0; i < 50; i++ {
		m[i] = i
	}
	seenOrig := map[int]int{}
	newSeen := 0
	for k := range m {
		if k < 50 {
			seenOrig[k]++
			// insert enough entries to force the map to grow while iterating
			for j := 0; j < 20; j++ {
				m[1000+k*20+j] = k
			}
		} else {
			newSeen++
		}
	}
	dup := 0
	for _, c := range seenOrig {
		if c != 1 {
			dup++
		}
	}
	fmt.Println(len(seenOrig), dup, len(m), newSeen <= 1000)

	// overwriting existing keys during iteration keeps the count and changes values
	s := map[string]int{"a": 1, "b": 2, "c": 3}
	iters := 0
	for k := range s {
		iters++
		s[k] = 100
		s["a"] = 100
	}
	fmt.Println(iters, s)

	// inserting then deleting the same new key each iteration
	t := map[int]bool{1: true, 2: true, 3: true, 4: true}
	iters = 0
	for k := range t {
		iters++
		t[k+100] = true
		delete(t, k+100)
	}
	fmt.Println(iters, len(t))

	// copy-on-insert into a second map is the deterministic way
	src := map[string]int{"x": 1, "y": 2}
	dst := map[string]int{}
	for k, v := range src {
		dst[k] = v
		dst[k+k] = v * 2
	}
	fmt.Println(dst)
}

// Output:
// 50 0 1050 true
// 3 map[a:100 b:100 c:100]
// 4 4
// map[x:1 xx:2 y:2 yy:4]
