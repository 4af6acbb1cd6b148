// Exercises copy between slices: neither argument escapes through copy.
package main

import "fmt"

func dup(src []int) []int { // ERROR "src does not escape"
	dst := make([]int, len(src)) // ERROR "make\(\[\]int, len\(src\)\) escapes to heap"
	copy(dst, src)
	return dst
}

func firstThree(src []int) int { // ERROR "src does not escape"
	var buf [3]int
	n := copy(buf[:], src)
	return n + buf[0]
}

func fromString(s string) int { // ERROR "s does not escape"
	b := make([]byte, 8) // ERROR "make\(\[\]byte, 8\) does not escape"
	n := copy(b, s)
	return n
}

func shift(s []int) { // ERROR "s does not escape"
	copy(s, s[1:])
}

func main() {
	a := []int{1, 2, 3, 4} // ERROR "\[\]int\{\.\.\.\} does not escape"
	d := dup(a)
	shift(a)
	fmt.Println(len(d), firstThree(a), fromString("hello"), a[0]) // ERROR "\.\.\. argument does not escape" "len\(d\) escapes to heap" "firstThree\(a\) escapes to heap" "fromString\(\"hello\"\) escapes to heap" "a\[0\] escapes to heap"
}
