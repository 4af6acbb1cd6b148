// Exercises if/else chains with init statements, all three for forms and labeled break/continue.
package main

import "fmt"

func classify(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else if r := n % 2; r == 0 {
		return "even"
	} else {
		return fmt.Sprint("odd r=", r)
	}
}

func main() {
	for _, n := range [4]int{-3, 0, 4, 7} {
		fmt.Println(n, classify(n))
	}
	if x := 10; x > 5 {
		fmt.Println("big", x)
	}

	for i := 0; i < 3; i++ {
		fmt.Print(" ", i)
	}
	fmt.Println()
	n := 1
	for n < 100 {
		n *= 3
	}
	fmt.Println(n)
	k := 0
	for {
		k++
		if k == 4 {
			break
		}
		if k%2 == 0 {
			continue
		}
		fmt.Println("k", k)
	}
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(" ", i, ":", j)
	}
	fmt.Println()

outer:
	for i := 0; i < 4; i++ {
	inner:
		for j := 0; j < 4; j++ {
			switch {
			case j == i:
				continue outer
			case i == 3:
				break outer
			case j > 2:
				break inner
			}
			fmt.Print(" ", i, j)
		}
	}
	fmt.Println()
}

// Output:
// -3 negative
// 0 zero
// 4 even
// 7 odd r=1
// big 10
//  0 1 2
// 243
// k 1
// k 3
//  0:10 1:8 2:6 3:4
//  1 0 2 0 2 1
