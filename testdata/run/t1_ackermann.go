// Exercises deep and branching recursion: Ackermann for small arguments, the McCarthy 91 function and Takeuchi.
package main

import "fmt"

var calls int

func ack(m, n uint) uint {
	calls++
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ack(m-1, 1)
	}
	return ack(m-1, ack(m, n-1))
}

func mc91(n int) int {
	if n > 100 {
		return n - 10
	}
	return mc91(mc91(n + 11))
}

func tak(x, y, z int) int {
	if y < x {
		return tak(tak(x-1, y, z), tak(y-1, z, x), tak(z-1, x, y))
	}
	return z
}

func main() {
	for m := uint(0); m <= 3; m++ {
		for n := uint(0); n <= 4; n++ {
			calls = 0
			fmt.Print(" ", ack(m, n), "/", calls)
		}
		fmt.Println()
	}
	fmt.Println(ack(2, 10), ack(3, 6), ack(4, 0))
	same := true
	for n := -5; n <= 100; n++ {
		if mc91(n) != 91 {
			same = false
		}
	}
	fmt.Println(same, mc91(101), mc91(150))
	fmt.Println(tak(18, 12, 6), tak(10, 5, 0), tak(1, 2, 3))
}

// Output:
//  1/1 2/1 3/1 4/1 5/1
//  2/2 3/4 4/6 5/8 6/10
//  3/5 5/14 7/27 9/44 11/65
//  5/15 13/106 29/541 61/2432 125/10307
// 23 509 13
// true 91 140
// 7 5 3
