// Exercises expression switches with init, tagless switches, fallthrough, case lists, default in the middle and labels.
package main

import "fmt"

func kind(c byte) string {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return "vowel"
	default:
		return "other"
	case ' ', '\t':
		return "space"
	}
}

func main() {
	in := "a b"
	for i := 0; i < len(in); i++ {
		c := in[i]
		fmt.Println(in[i:i+1], kind(c))
	}
	switch x := 5; x * 2 {
	case 1, 2, 3:
		fmt.Println("small")
	case 10:
		fmt.Println("ten")
		fallthrough
	case 11:
		fmt.Println("fell into 11")
		fallthrough
	default:
		fmt.Println("fell into default")
	case 12:
		fmt.Println("twelve")
	}
	n := 42
	switch {
	case n > 100:
		fmt.Println("huge")
	case n > 10 && n < 50:
		fmt.Println("medium")
	case n > 5:
		fmt.Println("not reached")
	}
	switch y := n % 7; {
	case y == 0:
		fmt.Println("divisible by 7")
	}
	switch {
	}
	switch n {
	default:
		fmt.Println("only default")
	}
	switch s := "go"; s + "sub" {
	case "gosub":
		fmt.Println("matched string")
	}
loop:
	for i := 0; ; i++ {
		switch {
		case i == 2:
			fmt.Println("two, continue")
			continue loop
		case i > 3:
			break loop
		}
		fmt.Println("i", i)
	}
sw:
	switch n {
	case 42:
		for j := 0; j < 10; j++ {
			if j == 1 {
				break sw
			}
			fmt.Println("j", j)
		}
		fmt.Println("not reached")
	}
	fmt.Println("done")
}

// Output:
// a vowel
//   space
// b other
// ten
// fell into 11
// fell into default
// medium
// divisible by 7
// only default
// matched string
// i 0
// i 1
// two, continue
// i 3
// j 0
// done
