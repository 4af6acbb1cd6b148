// Indexing and slicing a string out of range panic like slices do.
package main

import "fmt"

func main() {
	s := "hello"
	i := 0
	for ; i < len(s); i++ {
		fmt.Print(string(s[i]))
	}
	fmt.Println()
	fmt.Println(s[1:i])
	bs := []byte(s)
	for j := range bs {
		bs[j] -= 32
	}
	fmt.Println(string(bs), len(bs))
	defer fmt.Println("deferred", string(s[i-1]))
	fmt.Println(s[i])
}

// Output:
// hello
// ello
// HELLO 5
// deferred o
// Exit: 2
// Stderr: panic: runtime error: index out of range [5] with length 5
