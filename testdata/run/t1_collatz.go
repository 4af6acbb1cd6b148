// Exercises the Collatz sequence: step counts, the longest chain below a bound and peak values.
package main

import "fmt"

func steps(n uint64) (count int, peak uint64) {
	peak = n
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		if n > peak {
			peak = n
		}
		count++
	}
	return
}

func main() {
	n := 27
	for n != 1 {
		fmt.Print(n, " -> ")
		if n&1 == 1 {
			n = 3*n + 1
		} else {
			n >>= 1
		}
		if n > 100 {
			fmt.Println("...")
			break
		}
	}
	for _, v := range [8]uint64{1, 2, 3, 6, 7, 9, 27, 97} {
		c, p := steps(v)
		fmt.Println(v, c, p)
	}
	best, bestN := 0, uint64(0)
	for i := uint64(1); i < 10000; i++ {
		if c, _ := steps(i); c > best {
			best, bestN = c, i
		}
	}
	fmt.Println("longest below 10000:", bestN, best)
	c, p := steps(837799)
	fmt.Println(c, p)
	var small uint16 = 27
	var peak16 uint16
	for small != 1 {
		if small%2 == 0 {
			small /= 2
		} else {
			small = 3*small + 1
		}
		if small > peak16 {
			peak16 = small
		}
	}
	fmt.Println("uint16 peak for 27:", peak16)
}

// Output:
// 27 -> 82 -> 41 -> ...
// 1 0 1
// 2 1 2
// 3 7 16
// 6 8 16
// 7 16 52
// 9 19 52
// 27 111 9232
// 97 118 9232
// longest below 10000: 6171 261
// 524 2974984576
// uint16 peak for 27: 9232
