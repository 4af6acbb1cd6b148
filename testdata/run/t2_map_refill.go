// Tests a map with 1,000 keys deleted down to 0 and refilled several times: len at each stage, no stale entries, and fresh values after refilling.
package main

import "fmt"

func main() {
	names := make([]string, 1000)
	for i := range names {
		names[i] = fmt.Sprint("k", i)
	}
	m := map[int]string{}
	for round := 0; round < 4; round++ {
		for i := 0; i < 1000; i++ {
			m[i*(round+1)] = names[i]
		}
		full := len(m)
		for k := range m {
			delete(m, k)
		}
		stale := 0
		for i := 0; i < 4000; i++ {
			if _, ok := m[i]; ok {
				stale++
			}
		}
		fmt.Println(round, full, len(m), stale)
	}

	// delete in insertion order, check len as it goes down
	for i := 0; i < 1000; i++ {
		m[i] = names[i]
	}
	for i := 0; i < 1000; i++ {
		delete(m, i)
		if i%250 == 249 {
			fmt.Println("after", i+1, "deletes:", len(m))
		}
	}
	// refill with different keys and values, then verify
	for i := 0; i < 1000; i++ {
		m[-i] = names[999-i]
	}
	bad := 0
	for i := 0; i < 1000; i++ {
		if m[-i] != names[999-i] {
			bad++
		}
		if i > 0 {
			if _, ok := m[i]; ok {
				bad++
			}
		}
	}
	fmt.Println(len(m), bad, m[-999], m[0])

	// string keys: delete to zero and refill
	s := map[string]int{}
	for round := 0; round < 3; round++ {
		for i := 0; i < 1000; i++ {
			s[names[i]] = round
		}
		sum := 0
		for _, v := range s {
			sum += v
		}
		for i := 0; i < 1000; i++ {
			delete(s, names[i])
		}
		fmt.Println(round, sum, len(s))
	}
}

// Output:
// 0 1000 0 0
// 1 1000 0 0
// 2 1000 0 0
// 3 1000 0 0
// after 250 deletes: 750
// after 500 deletes: 500
// after 750 deletes: 250
// after 1000 deletes: 0
// 1000 0 k0 k999
// 0 0 0
// 1 1000 0
// 2 2000 0
