// Exercises a local strings.Builder, and one passed by pointer to a helper.
package main

import (
	"fmt"
	"strings"
)

func repeat(s string, n int) string { // ERROR "s does not escape"
	var sb strings.Builder
	for i := 0; i < n; i++ {
		sb.WriteString(s)
	}
	return sb.String()
}

func writeList(sb *strings.Builder, xs []string) { // ERROR "leaking param content: sb" "xs does not escape"
	for i, x := range xs {
		if i > 0 {
			sb.WriteByte(',')
		}
		sb.WriteString(x)
	}
}

func list(xs []string) string { // ERROR "xs does not escape"
	var sb strings.Builder
	sb.WriteByte('[')
	writeList(&sb, xs)
	sb.WriteByte(']')
	return sb.String()
}

func main() {
	fmt.Println(repeat("ab", 3), list([]string{"x", "y"})) // ERROR "\.\.\. argument does not escape" "repeat\(\"ab\", 3\) escapes to heap" "list\(\[\]string\{\.\.\.\}\) escapes to heap" "\[\]string\{\.\.\.\} does not escape"
}
