// Exercises named results: zero values, bare returns, results modified before return and explicit returns overriding names.
package main

import "fmt"

func zero() (i int, s string, b bool, u uint8) { return }

func counter(n int) (evens, odds int) {
	for i := 0; i < n; i++ {
		if i%2 == 0 {
			evens++
			continue
		}
		odds++
	}
	return
}

func explicit() (x, y int) {
	x, y = 1, 2
	return y, x // explicit values win over the named ones
}

func early(n int) (r string) {
	r = "start"
	if n < 0 {
		r = "negative"
		return
	}
	for i := 0; i < n; i++ {
		r += "."
		if len(r) > 8 {
			return "too long"
		}
	}
	return
}

func parse(s string) (val int, ok bool) {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return // val holds the digits read so far
		}
		val = val*10 + int(s[i]-'0')
	}
	ok = true
	return
}

func shadow(n int) (out int) {
	out = n
	{
		out := out * 100 // a new variable, not the result
		_ = out
	}
	out++
	return
}

func fact(n uint64) (r uint64) {
	r = 1
	for ; n > 1; n-- {
		r *= n
	}
	return
}

func main() {
	fmt.Println(zero())
	fmt.Printf("%q\n", fmt.Sprint(zero()))
	fmt.Println(counter(7))
	fmt.Println(explicit())
	fmt.Println(early(-1), early(2), early(10))
	fmt.Println(parse("1234"))
	fmt.Println(parse("12x4"))
	fmt.Println(parse(""))
	fmt.Println(shadow(5), fact(20), fact(21), fact(0))
}

// Output:
// 0  false 0
// "0false 0"
// 4 3
// 2 1
// negative start.. too long
// 1234 true
// 12 false
// 0 true
// 6 2432902008176640000 14197454024290336768 1
