// sort.Ints and sort.Strings on small, reversed, duplicated, and larger pseudo-random inputs.
package main

import (
	"fmt"
	"sort"
)

func main() {
	a := []int{5, 2, 8, -1, 0, 9, 3, 3, 7}
	sort.Ints(a)
	fmt.Println(a)
	var empty []int
	sort.Ints(empty)
	fmt.Println(empty, len(empty))
	one := []int{42}
	sort.Ints(one)
	fmt.Println(one)

	rev := make([]int, 50)
	for i := range rev {
		rev[i] = 50 - i
	}
	sort.Ints(rev)
	fmt.Println(rev[:10], rev[45:])

	big := make([]int, 5000)
	x := uint32(12345)
	for i := range big {
		x = x*1103515245 + 12345
		big[i] = int(x>>8) % 10000
	}
	sort.Ints(big)
	ok := true
	sum := 0
	for i := 1; i < len(big); i++ {
		if big[i-1] > big[i] {
			ok = false
		}
		sum += big[i] * (i % 7)
	}
	fmt.Println(ok, big[0], big[2500], big[4999], sum)

	s := []string{"pear", "apple", "Banana", "cherry", "apple", "", "äpfel", "Zebra", "a"}
	sort.Strings(s)
	fmt.Printf("%q\n", s)
	arr := [5]int{3, 1, 4, 1, 5}
	sort.Ints(arr[:])
	fmt.Println(arr)
	part := []int{9, 8, 7, 6, 5, 4}
	sort.Ints(part[1:4])
	fmt.Println(part)
}

// Output:
// [-1 0 2 3 3 5 7 8 9]
// [] 0
// [42]
// [1 2 3 4 5 6 7 8 9 10] [46 47 48 49 50]
// true 0 4907 9999 73632523
// ["" "Banana" "Zebra" "a" "apple" "apple" "cherry" "pear" "äpfel"]
// [1 1 3 4 5]
// [9 6 7 8 5 4]
