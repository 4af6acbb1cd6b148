// Exercises string concatenation: + chains, += in loops, building with separators and mixing constants and variables.
package main

import "fmt"

func repeat(s string, n int) (out string) {
	for i := 0; i < n; i++ {
		out += s
	}
	return
}

func joinArr(a [5]string, sep string) string {
	out := ""
	for i, s := range a {
		if i > 0 {
			out += sep
		}
		out += s
	}
	return out
}

func doubling(s string, n int) string { // builds s repeated 2^n times
	for ; n > 0; n-- {
		s = s + s
	}
	return s
}

func main() {
	const greeting = "Hello"
	name := "gosub"
	msg := greeting + ", " + name + "!"
	fmt.Println(msg, len(msg))
	fmt.Println(repeat("ab", 3), repeat("x", 0) == "", len(repeat("日", 4)))
	fmt.Println(joinArr([5]string{"a", "b", "", "d", "e"}, ", "))
	fmt.Println(len(doubling("xy", 10)), doubling("-", 3))

	s := ""
	for c := 'a'; c <= 'e'; c++ {
		s += string(c)
		s = string(c-32) + s
	}
	fmt.Println(s)

	// concatenation does not alias: the old value is unchanged
	a := "base"
	b := a
	a += "-more"
	fmt.Println(a, b)
	tri := ""
	for i := 1; i <= 4; i++ {
		tri += repeat("*", i) + "\n"
	}
	fmt.Print(tri)
	e := "" + "" + ""
	fmt.Println(len(e), e == "", "a"+e == "a")
	num := ""
	for i := 9; i >= 0; i -= 3 {
		num += string(rune('0'+i)) + "."
	}
	fmt.Println(num[:len(num)-1])
	fmt.Println("tab\t" + "nl\\n" + `raw\t` + "é" + "\u00e9")
}

// Output:
// Hello, gosub! 13
// ababab true 12
// a, b, , d, e
// 2048 --------
// EDCBAabcde
// base-more base
// *
// **
// ***
// ****
// 0 true true
// 9.6.3.0
// tab	nl\nraw\téé
