// Allocation-heavy: 200000 short strings from strconv.Itoa and concatenation, keeping only a few.
// gcstress: skip (keeps about 100000 objects live: a collection at every allocation would take minutes; the collector runs under the normal GOGC pacing here)
package main

import (
	"fmt"
	"strconv"
)

func main() {
	var keep []string
	h := uint32(2166136261)
	totalLen := 0
	for i := 0; i < 200000; i++ {
		s := "k" + strconv.Itoa(i) + ":" + strconv.Itoa(i*i%9973)
		totalLen += len(s)
		for j := 0; j < len(s); j++ {
			h ^= uint32(s[j])
			h *= 16777619
		}
		if i%40000 == 0 {
			keep = append(keep, s)
		}
	}
	fmt.Println(totalLen, h)
	fmt.Println(keep)

	acc := ""
	for i := 0; i < 2000; i++ {
		acc += strconv.Itoa(i % 10)
		if len(acc) > 100 {
			acc = acc[50:]
		}
	}
	fmt.Println(len(acc), acc)

	parts := make([]string, 0, 8)
	for round := 0; round < 1000; round++ {
		parts = parts[:0]
		for k := 0; k < 8; k++ {
			parts = append(parts, strconv.Itoa(round*8+k))
		}
	}
	fmt.Println(parts)
}

// Output:
// 2266332 1091222150
// [k0:0 k40000:1691 k80000:6764 k120000:5246 k160000:7110]
// 100 0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789
// [7992 7993 7994 7995 7996 7997 7998 7999]
