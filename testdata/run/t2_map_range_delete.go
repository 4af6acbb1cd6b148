// Tests deleting during range: deleting the current entry, deleting every entry, and deleting entries not yet reached (they are never produced); prints counts, not order.
package main

import "fmt"

func main() {
	// delete the current entry each time: all entries are visited once, the map ends empty
	m := map[int]int{}
	for i := 0; i < 200; i++ {
		m[i] = i
	}
	visits := 0
	for k := range m {
		delete(m, k)
		visits++
	}
	fmt.Println(visits, len(m))

	// delete every entry at the first iteration: only one entry is produced
	m2 := map[string]int{"a": 1, "b": 2, "c": 3, "d": 4, "e": 5}
	produced := 0
	for range m2 {
		produced++
		for k := range m2 {
			delete(m2, k)
		}
	}
	fmt.Println(produced, len(m2))

	// pairs (2i, 2i+1): whichever comes first deletes its partner, so exactly one of each pair is seen
	m3 := map[int]bool{}
	for i := 0; i < 1000; i++ {
		m3[i] = true
	}
	seen := map[int]bool{}
	deleted := map[int]bool{}
	bad := 0
	for k := range m3 {
		if deleted[k] {
			bad++
		}
		seen[k] = true
		partner := k ^ 1
		if _, ok := m3[partner]; ok {
			delete(m3, partner)
			deleted[partner] = true
		}
	}
	fmt.Println(len(seen), len(m3), len(deleted), bad)

	// deleting entries not yet reached in a larger map with string keys: each key is
	// either produced or deleted before being reached, never both
	names := make([]string, 300)
	ms := map[string]int{}
	for i := range names {
		names[i] = fmt.Sprint("key", i)
		ms[names[i]] = i
	}
	gone := map[string]bool{}
	visited := map[string]bool{}
	bad = 0
	for k, v := range ms {
		if gone[k] || visited[k] {
			bad++
		}
		visited[k] = true
		for j := v; j < 300; j += 7 {
			other := names[j]
			if _, ok := ms[other]; ok && !visited[other] {
				delete(ms, other)
				gone[other] = true
			}
		}
	}
	fmt.Println(len(visited)+len(gone), len(ms) == len(visited), bad)

	// delete everything except the current key: the loop runs once
	m4 := map[int]int{1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7, 8: 8, 9: 9}
	loops := 0
	for k := range m4 {
		loops++
		for j := 1; j <= 9; j++ {
			if j != k {
				delete(m4, j)
			}
		}
	}
	fmt.Println(loops, len(m4))
}

// Output:
// 200 0
// 1 0
// 500 500 500 0
// 300 true 0
// 1 1
