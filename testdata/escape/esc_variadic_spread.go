// Exercises passing an existing slice to a variadic function with s...
package main

import "fmt"

var saved []string

func join(sep string, parts ...string) string { // ERROR "leaking param: sep to result ~r0 level=0" "leaking param: parts to result ~r0 level=1"
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

func save(parts ...string) { // ERROR "leaking param: parts"
	saved = parts
}

func main() {
	local := []string{"a", "b", "c"} // ERROR "\[\]string\{\.\.\.\} does not escape"
	j := join("-", local...)
	kept := []string{"x", "y"} // ERROR "\[\]string\{\.\.\.\} escapes to heap"
	save(kept...)
	save2 := make([]string, 2) // ERROR "make\(\[\]string, 2\) does not escape"
	j2 := join("+", save2...)
	fmt.Println(j, len(saved), j2) // ERROR "\.\.\. argument does not escape" "j escapes to heap" "len\(saved\) escapes to heap" "j2 escapes to heap"
}
