// Tests len after overwriting existing keys: overwrites and op-assignments keep len, new keys increase it, deletes decrease it.
package main

import "fmt"

func main() {
	m := map[string]int{}
	fmt.Println(len(m))
	m["a"] = 1
	m["b"] = 2
	fmt.Println(len(m))
	m["a"] = 10
	m["a"] = 100
	m["b"] += 5
	m["b"]++
	fmt.Println(len(m), m)
	m["c"] = 0
	fmt.Println(len(m))
	m["c"] = 0
	fmt.Println(len(m))

	// 10,000 writes to 10 keys
	n := map[int]int{}
	for i := 0; i < 10000; i++ {
		n[i%10] = i
	}
	fmt.Println(len(n), n[0], n[9])

	// overwriting with the zero value does not delete
	n[5] = 0
	_, ok := n[5]
	fmt.Println(len(n), ok)

	// overwrite during a range keeps len
	for k := range n {
		n[k] = -k
	}
	fmt.Println(len(n), n)

	// a literal with an overwritten key is not allowed, but a computed duplicate is fine
	k1, k2 := "dup", "d"+"up"
	dm := map[string]int{}
	dm[k1] = 1
	dm[k2] = 2
	fmt.Println(len(dm), dm["dup"])

	// struct keys overwritten by an equal, separately built key
	type K struct{ a, b int }
	km := map[K]string{}
	for i := 0; i < 100; i++ {
		km[K{i % 4, i % 2}] = fmt.Sprint(i)
	}
	fmt.Println(len(km), km)
}

// Output:
// 0
// 2
// 2 map[a:100 b:8]
// 3
// 3
// 10 9990 9999
// 10 true
// 10 map[0:0 1:-1 2:-2 3:-3 4:-4 5:-5 6:-6 7:-7 8:-8 9:-9]
// 1 2
// 4 map[{0 0}:96 {1 1}:97 {2 0}:98 {3 1}:99]
