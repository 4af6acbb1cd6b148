// Exercises functions with multiple results: passing them straight to calls, ignoring some with _, and chains.
package main

import "fmt"

func minmax(a, b, c int) (int, int) {
	lo, hi := a, a
	for _, v := range [2]int{b, c} {
		if v < lo {
			lo = v
		}
		if v > hi {
			hi = v
		}
	}
	return lo, hi
}

func split(s string, at int) (string, string) { return s[:at], s[at:] }

func join(a, b string) string { return b + "|" + a }

func three() (int, string, bool) { return 7, "seven", true }

func add(a, b int) int { return a + b }

func sub(a, b int) (int, int) { return a - b, b - a }

func pass(a, b int) (int, int) { return sub(a, b) }

func stats(a [6]int) (sum int, mean int, count int) {
	for _, v := range a {
		sum += v
	}
	return sum, sum / len(a), len(a)
}

func main() {
	lo, hi := minmax(5, -2, 9)
	fmt.Println(lo, hi)
	fmt.Println(minmax(3, 3, 3))
	fmt.Println(join(split("gosub", 2)))
	fmt.Println(add(minmax(10, 20, 30)))
	fmt.Println(add(pass(10, 4)))
	n, s, ok := three()
	fmt.Println(n, s, ok)
	_, s2, _ := three()
	fmt.Println(s2)
	fmt.Println(three())
	fmt.Print(three())
	fmt.Println()
	str := fmt.Sprint(three())
	fmt.Printf("%q\n", str)
	var x, y int
	x, y = sub(x+1, y+5)
	fmt.Println(x, y)
	x, y = pass(y, x)
	fmt.Println(x, y)
	fmt.Println(stats([6]int{4, 8, 15, 16, 23, 42}))
	a, b := split("héllo", 2)
	fmt.Printf("%q %q\n", a, b)
}

// Output:
// -2 9
// 3 3
// sub|go
// 40
// 0
// 7 seven true
// seven
// 7 seven true
// 7seventrue
// "7seventrue"
// -4 4
// 8 -8
// 108 18 6
// "h\xc3" "\xa9llo"
