// append one int at a time up to 2000: every change of cap (gc 1.19 growth rule and size classes).
package main

import "fmt"

func main() {
	var s []int
	last := -1
	changes := 0
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != last {
			last = cap(s)
			changes++
			fmt.Println(len(s), cap(s))
		}
	}
	sum := 0
	for _, v := range s {
		sum += v
	}
	fmt.Println("changes", changes, "sum", sum, "len", len(s))

	var s32 []int32
	last = -1
	for i := 0; i < 600; i++ {
		s32 = append(s32, int32(i))
		if cap(s32) != last {
			last = cap(s32)
			fmt.Print(" ", last)
		}
	}
	fmt.Println()

	var s16 []int16
	last = -1
	for i := 0; i < 600; i++ {
		s16 = append(s16, int16(i))
		if cap(s16) != last {
			last = cap(s16)
			fmt.Print(" ", last)
		}
	}
	fmt.Println()

	s2 := make([]int, 0, 5)
	last = -1
	for i := 0; i < 100; i++ {
		s2 = append(s2, i)
		if cap(s2) != last {
			last = cap(s2)
			fmt.Print(" ", last)
		}
	}
	fmt.Println()
}

// Output:
// 1 1
// 2 2
// 3 4
// 5 8
// 9 16
// 17 32
// 33 64
// 65 128
// 129 256
// 257 512
// 513 848
// 849 1280
// 1281 1792
// 1793 2560
// changes 14 sum 1999000 len 2000
//  2 4 8 16 32 64 128 256 512 864
//  4 8 16 32 64 128 256 512 896
//  5 10 20 40 80 160
