// Exercises Pascal's triangle in a fixed array updated in place, binomial coefficients and their uint64 limits.
package main

import "fmt"

func binom(n, k uint64) uint64 {
	if k > n-k {
		k = n - k
	}
	r := uint64(1)
	for i := uint64(1); i <= k; i++ {
		r = r * (n - k + i) / i
	}
	return r
}

func main() {
	var row [16]int
	row[0] = 1
	for n := 0; n < 8; n++ {
		line := ""
		for k := 0; k <= n; k++ {
			if k > 0 {
				line += " "
			}
			line += fmt.Sprint(row[k])
		}
		fmt.Printf("%*s%s\n", 8-n, "", line)
		for k := n + 1; k > 0; k-- {
			row[k] += row[k-1]
		}
	}
	fmt.Println(binom(10, 3), binom(52, 5), binom(60, 30), binom(50, 25))
	var p [35]uint32
	p[0] = 1
	for n := 1; n < len(p); n++ {
		for k := n; k > 0; k-- {
			p[k] += p[k-1] // wraps silently past 2^32
		}
	}
	fmt.Println(p[17], uint64(p[17]) == binom(34, 17), p[1], p[33])
	var odd [32]bool
	odd[0] = true
	for n := 0; n < 16; n++ {
		s := ""
		for k := 0; k <= n; k++ {
			if odd[k] {
				s += "*"
			} else {
				s += " "
			}
		}
		fmt.Printf("%q\n", s)
		for k := n + 1; k > 0; k-- {
			odd[k] = odd[k] != odd[k-1]
		}
	}
}

// Output:
//         1
//        1 1
//       1 2 1
//      1 3 3 1
//     1 4 6 4 1
//    1 5 10 10 5 1
//   1 6 15 20 15 6 1
//  1 7 21 35 35 21 7 1
// 120 2598960 118264581564861424 126410606437752
// 2333606220 true 34 34
// "*"
// "**"
// "* *"
// "****"
// "*   *"
// "**  **"
// "* * * *"
// "********"
// "*       *"
// "**      **"
// "* *     * *"
// "****    ****"
// "*   *   *   *"
// "**  **  **  **"
// "* * * * * * * *"
// "****************"
