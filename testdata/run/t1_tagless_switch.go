// Exercises tagless switch: classification by ranges, FizzBuzz, first-true-wins ordering and sign functions.
package main

import "fmt"

func sign(x int64) int {
	switch {
	case x < 0:
		return -1
	case x > 0:
		return 1
	}
	return 0
}

func fizzbuzz(n int) string {
	switch {
	case n%15 == 0:
		return "FizzBuzz"
	case n%3 == 0:
		return "Fizz"
	case n%5 == 0:
		return "Buzz"
	default:
		return fmt.Sprint(n)
	}
}

func classify(c rune) string {
	switch {
	case c >= '0' && c <= '9':
		return "digit"
	case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
		return "letter"
	case c == ' ' || c == '\t' || c == '\n':
		return "space"
	case c >= 0x80:
		return "non-ascii"
	}
	return "punct"
}

func main() {
	for i := 1; i <= 15; i++ {
		fmt.Print(fizzbuzz(i))
		if i < 15 {
			fmt.Print(",")
		}
	}
	fmt.Println()
	fmt.Println(sign(-9223372036854775808), sign(0), sign(42))
	for _, c := range "a1 Z?é\t" {
		fmt.Print(classify(c), ";")
	}
	fmt.Println()
	n := 7
	switch {
	case n > 5:
		fmt.Println("first true case wins")
	case n > 6:
		fmt.Println("never")
	}
	switch true {
	case n == 7:
		fmt.Println("switch true works like a tagless switch")
	}
	switch false {
	case n == 7:
		fmt.Println("no")
	case n == 8:
		fmt.Println("switch false picks the first false case")
	}
}

// Output:
// 1,2,Fizz,4,Buzz,Fizz,7,8,Fizz,Buzz,11,Fizz,13,14,FizzBuzz
// -1 0 1
// letter;digit;space;letter;punct;non-ascii;space;
// first true case wins
// switch true works like a tagless switch
// switch false picks the first false case
