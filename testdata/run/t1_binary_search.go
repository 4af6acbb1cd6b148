// Exercises binary search on a sorted array: found, not found, insertion points, first occurrence and integer sqrt.
package main

import "fmt"

var data = [12]int{-20, -5, 0, 3, 3, 3, 8, 13, 21, 34, 55, 89}

func search(a [12]int, x int) (int, bool) {
	lo, hi := 0, len(a)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if a[mid] < x {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo, lo < len(a) && a[lo] == x
}

func searchRec(a [12]int, x, lo, hi int) int {
	if lo > hi {
		return -1
	}
	mid := lo + (hi-lo)/2
	switch {
	case a[mid] == x:
		return mid
	case a[mid] < x:
		return searchRec(a, x, mid+1, hi)
	default:
		return searchRec(a, x, lo, mid-1)
	}
}

func isqrt(n uint64) uint64 {
	lo, hi := uint64(0), uint64(1)<<32
	for lo < hi {
		mid := lo + (hi-lo+1)/2
		if mid <= n/mid {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}

func main() {
	for _, x := range [9]int{-100, -20, 0, 3, 4, 13, 89, 90, 55} {
		i, ok := search(data, x)
		fmt.Println(x, i, ok, searchRec(data, x, 0, len(data)-1) >= 0)
	}
	for _, n := range [7]uint64{0, 1, 15, 16, 17, 1000000, 18446744073709551615} {
		fmt.Print(" ", isqrt(n))
	}
	fmt.Println()
}

// Output:
// -100 0 false false
// -20 0 true true
// 0 2 true true
// 3 3 true true
// 4 6 false false
// 13 7 true true
// 89 11 true true
// 90 12 false false
// 55 10 true true
//  0 1 3 4 4 1000 4294967295
