// Exercises strings.Join and strings.Split with local and returned slices.
package main

import (
	"fmt"
	"strings"
)

func words(s string) []string { // ERROR "leaking param: s"
	return strings.Split(s, " ")
}

func countWords(s string) int { // ERROR "leaking param: s"
	parts := strings.Split(s, " ")
	return len(parts)
}

func csv(a, b, c string) string { // ERROR "leaking param: a to result ~r0 level=0" "leaking param: b to result ~r0 level=0" "leaking param: c to result ~r0 level=0"
	return strings.Join([]string{a, b, c}, ",") // ERROR "\[\]string\{\.\.\.\} does not escape"
}

func rejoin(s string) string { // ERROR "leaking param: s"
	return strings.Join(strings.Split(s, "-"), "+")
}

func main() {
	w := words("a b c")
	fmt.Println(len(w), countWords("x y"), csv("1", "2", "3"), rejoin("p-q")) // ERROR "\.\.\. argument does not escape" "len\(w\) escapes to heap" "countWords\(\"x y\"\) escapes to heap" "csv\(\"1\", \"2\", \"3\"\) escapes to heap" "rejoin\(\"p-q\"\) escapes to heap"
}
