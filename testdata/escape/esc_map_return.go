// Exercises maps returned from functions or passed to functions that keep them: they escape.
package main

import "fmt"

var index map[string]int

func histogram(words []string) map[string]int { // ERROR "leaking param content: words"
	h := make(map[string]int) // ERROR "make\(map\[string\]int\) escapes to heap"
	for _, w := range words {
		h[w]++
	}
	return h
}

func defaults() map[string]string {
	return map[string]string{"mode": "fast"} // ERROR "map\[string\]string\{\.\.\.\} escapes to heap"
}

func setIndex(m map[string]int) { // ERROR "leaking param: m"
	index = m
}

func main() {
	h := histogram([]string{"a", "b", "a"}) // ERROR "\[\]string\{\.\.\.\} does not escape"
	setIndex(h)
	d := defaults()
	fmt.Println(h["a"], d["mode"], len(index)) // ERROR "\.\.\. argument does not escape" "h\[\"a\"\] escapes to heap" "d\[\"mode\"\] escapes to heap" "len\(index\) escapes to heap"
}
