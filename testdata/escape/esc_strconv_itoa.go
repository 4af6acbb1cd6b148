// Exercises strconv.Itoa results used locally, returned, and stored in a slice.
package main

import (
	"fmt"
	"strconv"
)

func label(n int) string {
	return "#" + strconv.Itoa(n) // ERROR "\"#\" \+ strconv\.Itoa\(n\) escapes to heap"
}

func digits(n int) int {
	s := strconv.Itoa(n)
	return len(s)
}

func labels(n int) []string {
	out := make([]string, 0, n) // ERROR "make\(\[\]string, 0, n\) escapes to heap"
	for i := 0; i < n; i++ {
		out = append(out, strconv.Itoa(i))
	}
	return out
}

func main() {
	ls := labels(3)
	fmt.Println(label(7), digits(12345), ls[2]) // ERROR "\.\.\. argument does not escape" "label\(7\) escapes to heap" "digits\(12345\) escapes to heap" "ls\[2\] escapes to heap"
}
