// Exercises labeled break and continue across two and three nested loops, and labels on switch inside loops.
package main

import "fmt"

func findPair(target int) (int, int, bool) {
	var a [6]int = [6]int{3, 8, 1, 9, 4, 6}
	i, j := 0, 0
search:
	for i = 0; i < len(a); i++ {
		for j = i + 1; j < len(a); j++ {
			if a[i]+a[j] == target {
				break search
			}
		}
	}
	if i == len(a) {
		return -1, -1, false
	}
	return i, j, true
}

func main() {
	fmt.Println(findPair(10))
	fmt.Println(findPair(17))
	fmt.Println(findPair(100))

	count := 0
outer:
	for x := 0; x < 5; x++ {
	middle:
		for y := 0; y < 5; y++ {
			for z := 0; z < 5; z++ {
				switch {
				case z > y:
					continue middle
				case y > x:
					continue outer
				case x+y+z > 9:
					break outer
				}
				count++
			}
		}
	}
	fmt.Println("count", count)

	// primes below 50 with a labeled continue
	out := ""
next:
	for n := 2; n < 50; n++ {
		for d := 2; d*d <= n; d++ {
			if n%d == 0 {
				continue next
			}
		}
		out += fmt.Sprint(n, " ")
	}
	fmt.Println(out[:len(out)-1])

	// break out of a for from inside a switch
	i := 0
loop:
	for {
		switch i % 4 {
		case 3:
			break loop
		default:
			i += 2
		case 2:
			i += 5
		}
	}
	fmt.Println("i", i)
}

// Output:
// 2 3 true
// 1 3 true
// -1 -1 false
// count 29
// 2 3 5 7 11 13 17 19 23 29 31 37 41 43 47
// i 7
