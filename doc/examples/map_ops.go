package main

import "fmt"

// count returns how often each word occurs: the map operations a
// program uses most, each one runtime call.
func count(words []string) map[string]int {
	m := make(map[string]int)
	for _, w := range words {
		m[w]++
	}
	return m
}

func main() {
	m := count([]string{"a", "rose", "is", "a", "rose"})
	n, ok := m["rose"]
	delete(m, "is")
	fmt.Println(len(m), n, ok, m)
}
