// Tests keys larger than 128 bytes ([17]int and a struct holding one), which the runtime stores indirectly: insert, lookup by a separately built equal key, delete and growth.
package main

import "fmt"

type K struct {
	Tag  string
	Vals [17]int
}

func key(i int) [17]int {
	var k [17]int
	for j := range k {
		k[j] = i + j
	}
	k[16] = i * i
	return k
}

func main() {
	m := map[[17]int]int{}
	for i := 0; i < 300; i++ {
		m[key(i)] = i
	}
	fmt.Println(len(m), m[key(0)], m[key(299)], m[key(300)])

	var k [17]int
	for j := range k {
		k[j] = 10 + j
	}
	k[16] = 100
	v, ok := m[k]
	fmt.Println(v, ok)
	k[16] = 101
	v, ok = m[k]
	fmt.Println(v, ok)

	// keys that differ only in the last element
	a, b := key(7), key(7)
	b[16]++
	m[b] = -7
	fmt.Println(m[a], m[b], len(m))

	for i := 0; i < 300; i += 3 {
		delete(m, key(i))
	}
	sum := 0
	for kk, vv := range m {
		if vv >= 0 && kk != key(vv) {
			sum = -1000000
		}
		sum += vv
	}
	fmt.Println(len(m), sum)

	// struct keys with a string and a big array
	sm := map[K]string{}
	for i := 0; i < 20; i++ {
		sm[K{fmt.Sprint("t", i%4), key(i)}] = fmt.Sprint(i)
	}
	fmt.Println(len(sm), sm[K{"t3", key(7)}], sm[K{"t2", key(7)}] == "")
	sm[K{"t3", key(7)}] += "!"
	fmt.Println(sm[K{"t3", key(7)}])

	// both key and value large
	both := map[[17]int][20]int{}
	var val [20]int
	val[19] = 5
	both[key(1)] = val
	both[key(2)] = [20]int{1}
	fmt.Println(len(both), both[key(1)][19], both[key(2)][0], both[key(3)][19])
}

// Output:
// 300 0 299 0
// 10 true
// 0 false
// 7 -7 301
// 201 29993
// 20 7 true
// 7!
// 2 5 1 0
