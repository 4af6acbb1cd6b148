// Tests bool keys: both keys, overwrite, computed keys from comparisons, delete, and partitioning with map[bool][]T.
package main

import "fmt"

func main() {
	m := map[bool]string{}
	m[true] = "yes"
	m[false] = "no"
	fmt.Println(len(m), m[true], m[false], m)
	m[1 < 2] = "still yes"
	fmt.Println(len(m), m[true])
	delete(m, false)
	fmt.Println(len(m), m, m[false] == "")

	count := map[bool]int{}
	for i := 0; i < 100; i++ {
		count[i%3 == 0]++
	}
	fmt.Println(count)

	parts := map[bool][]string{}
	for _, w := range []string{"go", "c", "rust", "asm", "ml"} {
		short := len(w) <= 2
		parts[short] = append(parts[short], w)
	}
	fmt.Println(parts[true], parts[false])

	b := false
	flip := map[bool]bool{true: false, false: true}
	for i := 0; i < 5; i++ {
		b = flip[b]
	}
	fmt.Println(b)

	nb := map[bool]map[bool]int{}
	for _, x := range []bool{true, false} {
		nb[x] = map[bool]int{}
		for _, y := range []bool{true, false} {
			if x && y {
				nb[x][y] = 1
			} else if x || y {
				nb[x][y] = 2
			} else {
				nb[x][y] = 3
			}
		}
	}
	fmt.Println(nb)
}

// Output:
// 2 yes no map[false:no true:yes]
// 2 still yes
// 1 map[true:still yes] true
// map[false:66 true:34]
// [go c ml] [rust asm]
// true
// map[false:map[false:3 true:2] true:map[false:2 true:1]]
