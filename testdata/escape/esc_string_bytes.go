// Exercises []byte(s) conversions: small local buffers versus returned ones.
package main

import "fmt"

func countA(s string) int { // ERROR "s does not escape"
	b := []byte(s) // ERROR "\(\[\]byte\)\(s\) does not escape"
	n := 0
	for _, c := range b {
		if c == 'a' {
			n++
		}
	}
	return n
}

func upper(s string) []byte { // ERROR "s does not escape"
	b := []byte(s) // ERROR "\(\[\]byte\)\(s\) escapes to heap"
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - 32
		}
	}
	return b
}

func constBytes() int {
	b := []byte("constant") // ERROR "\(\[\]byte\)\(\"constant\"\) does not escape"
	return len(b)
}

func main() {
	u := upper("abc")
	fmt.Println(countA("banana"), len(u), u[0], constBytes()) // ERROR "\.\.\. argument does not escape" "countA\(\"banana\"\) escapes to heap" "len\(u\) escapes to heap" "u\[0\] escapes to heap" "constBytes\(\) escapes to heap"
}
