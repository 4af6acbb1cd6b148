// Exercises switch fallthrough chains: into default, through several cases, and from the middle of a switch.
package main

import "fmt"

func level(n int) (s string) {
	switch n {
	case 0:
		s += "zero "
		fallthrough
	case 1:
		s += "one "
		fallthrough
	case 2:
		s += "two "
	case 3:
		s += "three "
		fallthrough
	default:
		s += "default "
		fallthrough
	case 4:
		s += "four"
	}
	return
}

func grade(score int) string {
	g := ""
	switch {
	case score >= 90:
		g += "A"
		fallthrough
	case score >= 80:
		g += "B"
		fallthrough
	case score >= 70:
		g += "C"
	case score >= 0:
		g += "F"
	}
	return g
}

func main() {
	for n := -1; n <= 5; n++ {
		fmt.Printf("%d: %q\n", n, level(n))
	}
	for _, s := range [5]int{95, 85, 75, 10, -1} {
		fmt.Print(" ", grade(s), ";")
	}
	fmt.Println()
	// fallthrough ignores the next case's condition
	x := 1
	switch {
	case x > 0:
		fmt.Println("positive")
		fallthrough
	case x > 100:
		fmt.Println("fell into x > 100 although x is", x)
		fallthrough
	case false:
		fmt.Println("even case false runs")
	}
	var b byte = 'c'
	switch b {
	case 'a', 'b', 'c':
		fmt.Println("abc")
		fallthrough
	case 'd':
		fmt.Println("d")
	}
}

// Output:
// -1: "default four"
// 0: "zero one two "
// 1: "one two "
// 2: "two "
// 3: "three default four"
// 4: "four"
// 5: "default four"
//  ABC; BC; C; F; ;
// positive
// fell into x > 100 although x is 1
// even case false runs
// abc
// d
