// Tests growth past 100,000 keys with deletes interleaved with inserts (about 300k operations), then verifies entries and prints a checksum.
package main

import "fmt"

func key(i int) int { return i * 7919 % 1000003 }

func main() {
	const N = 140000
	m := map[int]int{}
	maxLen := 0
	for i := 0; i < N; i++ {
		m[key(i)] = i
		if i%4 == 3 {
			// delete an entry inserted two steps earlier
			delete(m, key(i-2))
		}
		if len(m) > maxLen {
			maxLen = len(m)
		}
	}
	fmt.Println(len(m), maxLen)

	// spot-check every 7th key
	missing, wrong := 0, 0
	for i := 0; i < N; i += 7 {
		v, ok := m[key(i)]
		if i%4 == 1 {
			if ok {
				wrong++
			}
		} else if !ok {
			missing++
		} else if v != i {
			wrong++
		}
	}
	fmt.Println(missing, wrong)

	var sum, xor uint64
	count := 0
	for k, v := range m {
		if key(v) != k {
			wrong++
		}
		sum += uint64(k)*31 + uint64(v)
		xor ^= uint64(k)<<20 ^ uint64(v)
		count++
	}
	fmt.Println(count, wrong, sum, xor)
	fmt.Println(m[key(0)], m[key(N-1)], m[key(N-3)])
}

// Output:
// 105000 105000
// 0 0
// 105000 0 1634520741063 23518511104
// 0 139999 0
