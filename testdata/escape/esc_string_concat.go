// Exercises string concatenation: results used locally versus returned or stored.
package main

import "fmt"

var greeting string

func greet(name string) string { // ERROR "name does not escape"
	return "hello, " + name // ERROR "\"hello, \" \+ name escapes to heap"
}

func localLen(a, b string) int { // ERROR "a does not escape" "b does not escape"
	s := a + "/" + b // ERROR "a \+ \"/\" \+ b does not escape"
	return len(s)
}

func store(a, b string) { // ERROR "a does not escape" "b does not escape"
	greeting = a + b // ERROR "a \+ b escapes to heap"
}

func build(parts []string) string { // ERROR "leaking param: parts to result ~r0 level=1"
	s := ""
	for _, p := range parts {
		s += p
	}
	return s
}

func main() {
	store("x", "y")
	fmt.Println(greet("bob"), localLen("a", "b"), greeting, build([]string{"p", "q"})) // ERROR "\.\.\. argument does not escape" "greet\(\"bob\"\) escapes to heap" "localLen\(\"a\", \"b\"\) escapes to heap" "greeting escapes to heap" "build\(\[\]string\{\.\.\.\}\) escapes to heap" "\[\]string\{\.\.\.\} does not escape"
}
