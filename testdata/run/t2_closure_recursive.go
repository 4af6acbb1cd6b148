// Recursion through a func variable declared before its closure is assigned; mutual recursion.
package main

import "fmt"

func main() {
	var fact func(n int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println(fact(10), fact(20))

	var isEven, isOdd func(int) bool
	isEven = func(n int) bool {
		if n == 0 {
			return true
		}
		return isOdd(n - 1)
	}
	isOdd = func(n int) bool {
		if n == 0 {
			return false
		}
		return isEven(n - 1)
	}
	fmt.Println(isEven(10), isOdd(7), isEven(333))

	memo := make([]int, 60)
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		if memo[n] != 0 {
			return memo[n]
		}
		memo[n] = fib(n-1) + fib(n-2)
		return memo[n]
	}
	fmt.Println(fib(50), fib(90%60))

	var perms []string
	var permute func(prefix string, rest []byte)
	permute = func(prefix string, rest []byte) {
		if len(rest) == 0 {
			perms = append(perms, prefix)
			return
		}
		for i := range rest {
			next := append(append([]byte{}, rest[:i]...), rest[i+1:]...)
			permute(prefix+string(rest[i]), next)
		}
	}
	permute("", []byte("abcd"))
	fmt.Println(len(perms), perms[:6], perms[23])

	var hanoi func(n int, from, to, via string) int
	hanoi = func(n int, from, to, via string) int {
		if n == 0 {
			return 0
		}
		return hanoi(n-1, from, via, to) + 1 + hanoi(n-1, via, to, from)
	}
	fmt.Println(hanoi(16, "a", "c", "b"))
}

// Output:
// 3628800 2432902008176640000
// true true false
// 12586269025 832040
// 24 [abcd abdc acbd acdb adbc adcb] dcba
// 65535
