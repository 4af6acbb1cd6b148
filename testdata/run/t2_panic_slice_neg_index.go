// Indexing a slice with a negative variable index panics: index out of range [-3].
package main

import "fmt"

func main() {
	s := []string{"a", "b", "c"}
	k := 2
	fmt.Println(s[k])
	for k > -3 {
		k--
	}
	fmt.Println("k =", k)
	for i := range s {
		s[i] += s[i]
	}
	fmt.Println(s, len(s))
	defer fmt.Println("deferred: the panic comes next")
	fmt.Println(s[k])
}

// Output:
// c
// k = -3
// [aa bb cc] 3
// deferred: the panic comes next
// Exit: 2
// Stderr: panic: runtime error: index out of range [-3]
