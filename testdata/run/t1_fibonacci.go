// Exercises Fibonacci numbers: iterative, naive recursive, memoized in an array, and uint64 wrap past F(93).
package main

import "fmt"

func fibIter(n int) uint64 {
	var a, b uint64 = 0, 1
	for i := 0; i < n; i++ {
		a, b = b, a+b
	}
	return a
}

func fibRec(n int) int {
	if n < 2 {
		return n
	}
	return fibRec(n-1) + fibRec(n-2)
}

var memo [100]int64

func fibMemo(n int) int64 {
	if n < 2 {
		return int64(n)
	}
	if memo[n] != 0 {
		return memo[n]
	}
	memo[n] = fibMemo(n-1) + fibMemo(n-2)
	return memo[n]
}

func fibPair(n int) (f, g int) { // returns F(n), F(n+1)
	if n == 0 {
		return 0, 1
	}
	a, b := fibPair(n / 2)
	c := a * (2*b - a)
	d := a*a + b*b
	if n%2 == 0 {
		return c, d
	}
	return d, c + d
}

func main() {
	for i := 0; i <= 15; i++ {
		fmt.Print(" ", fibRec(i))
	}
	fmt.Println()
	fmt.Println(fibIter(50), fibMemo(50), fibIter(90), fibMemo(90))
	f, g := fibPair(70)
	fmt.Println(f, g, uint64(f) == fibIter(70))
	fmt.Println(fibIter(93), fibIter(94), fibIter(100))
	fmt.Println(fibMemo(92), fibMemo(93), fibMemo(99))
	var f32a, f32b int32 = 0, 1
	steps := 0
	for f32b > 0 {
		f32a, f32b = f32b, f32a+f32b
		steps++
	}
	fmt.Println("int32 overflows after", steps, "steps:", f32a, f32b)
}

// Output:
//  0 1 1 2 3 5 8 13 21 34 55 89 144 233 377 610
// 12586269025 12586269025 2880067194370816120 2880067194370816120
// 190392490709135 308061521170129 true
// 12200160415121876738 1293530146158671551 3736710778780434371
// 7540113804746346429 -6246583658587674878 -2437933049959450366
// int32 overflows after 46 steps: 1836311903 -1323752223
