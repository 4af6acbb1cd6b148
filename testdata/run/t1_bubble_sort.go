// Exercises bubble sort on arrays passed by value and returned, leaving the caller's array untouched.
package main

import "fmt"

const N = 10

func bubble(a [N]int) ([N]int, int) {
	swaps := 0
	for n := len(a); n > 1; n-- {
		swapped := false
		for i := 1; i < n; i++ {
			if a[i-1] > a[i] {
				a[i-1], a[i] = a[i], a[i-1]
				swaps++
				swapped = true
			}
		}
		if !swapped {
			break
		}
	}
	return a, swaps
}

func sorted(a [N]int) bool {
	for i := 1; i < N; i++ {
		if a[i-1] > a[i] {
			return false
		}
	}
	return true
}

func reversed(a [N]int) (r [N]int) {
	for i, v := range a {
		r[N-1-i] = v
	}
	return
}

func main() {
	orig := [N]int{5, -3, 9, 0, 12, 7, 7, -8, 1, 4}
	s, swaps := bubble(orig)
	fmt.Println(orig, sorted(orig))
	fmt.Println(s, sorted(s), swaps)
	s2, swaps2 := bubble(s)
	fmt.Println(s2 == s, swaps2)
	r := reversed(s)
	back, swaps3 := bubble(r)
	fmt.Println(r, back == s, swaps3)

	var words [5]string = [5]string{"pear", "fig", "apple", "Banana", "fig"}
	for i := 0; i < len(words); i++ {
		for j := len(words) - 1; j > i; j-- {
			if words[j] < words[j-1] {
				words[j], words[j-1] = words[j-1], words[j]
			}
		}
	}
	fmt.Println(words)
	fmt.Printf("%q\n", words)
}

// Output:
// [5 -3 9 0 12 7 7 -8 1 4] false
// [-8 -3 0 1 4 5 7 7 9 12] true 24
// true 0
// [12 9 7 7 5 4 1 0 -3 -8] true 44
// [Banana apple fig fig pear]
// ["Banana" "apple" "fig" "fig" "pear"]
