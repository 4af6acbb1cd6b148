// Exercises recursion with the towers of Hanoi: printing moves, counting moves and tracking pegs in an array.
package main

import "fmt"

var pegs [3]int // number of discs on each peg
var moves int

func hanoi(n int, from, to, via string) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to)
	fmt.Printf("disc %d %s->%s\n", n, from, to)
	hanoi(n-1, via, to, from)
}

func count(n int, from, to, via int) {
	if n == 0 {
		return
	}
	count(n-1, from, via, to)
	pegs[from]--
	pegs[to]++
	moves++
	count(n-1, via, to, from)
}

func formula(n uint) uint64 { return 1<<n - 1 }

func main() {
	hanoi(3, "A", "C", "B")
	for n := 1; n <= 16; n += 5 {
		pegs = [3]int{n, 0, 0}
		moves = 0
		count(n, 0, 2, 1)
		fmt.Println(n, moves, uint64(moves) == formula(uint(n)), pegs)
	}
	fmt.Println(formula(63), formula(64))
}

// Output:
// disc 1 A->C
// disc 2 A->B
// disc 1 C->B
// disc 3 A->C
// disc 1 B->A
// disc 2 B->C
// disc 1 A->C
// 1 1 true [0 0 1]
// 6 63 true [0 0 6]
// 11 2047 true [0 0 11]
// 16 65535 true [0 0 16]
// 9223372036854775807 18446744073709551615
