// Exercises if/else chains with init statements: scope across else branches, shadowing and multiple-result init.
package main

import "fmt"

func div(a, b int) (int, bool) {
	if b == 0 {
		return 0, false
	}
	return a / b, true
}

func main() {
	for _, b := range [3]int{3, 0, -2} {
		if q, ok := div(17, b); !ok {
			fmt.Println("cannot divide by", b)
		} else if q < 0 {
			fmt.Println("negative quotient", q)
		} else {
			fmt.Println("quotient", q)
		}
	}

	x := 1
	if x := 2; x > 1 {
		fmt.Println("inner", x)
		x := 3
		fmt.Println("innermost", x)
	} else {
		fmt.Println("no", x)
	}
	fmt.Println("outer", x)

	// variables from an if init are visible in later else-if inits and branches
	if a := 5; a > 10 {
		fmt.Println("big")
	} else if b := a * 2; b > 10 {
		fmt.Println("b", b)
	} else if c := a + b; c == 15 {
		fmt.Println("a b c", a, b, c)
	} else {
		fmt.Println("else", a, b, c)
	}

	s := "hello"
	if n := len(s); n > 3 && s[0] == 'h' {
		fmt.Println("long h-word", n)
	}
	if x++; x == 2 {
		fmt.Println("x incremented in init", x)
	}
	if s, t := s+"!", s[1:]; s != t {
		fmt.Println(s, t)
	}
	fmt.Println(s)
	var ok bool
	if _, ok = div(1, 1); ok {
		fmt.Println("assigned ok from init")
	}
}

// Output:
// quotient 5
// cannot divide by 0
// negative quotient -8
// inner 2
// innermost 3
// outer 1
// a b c 5 10 15
// long h-word 5
// x incremented in init 2
// hello! ello
// hello
// assigned ok from init
