// types: a bare return when a named result is shadowed by an inner declaration
// needs: types (the type checker reports these)
package main

func parse(s string) (n int, err error) {
	if s != "" {
		n := len(s) // ERROR "inner declaration of var n int"
		_ = n
		return // ERROR "result parameter n not in scope at return"
	}
	for err := error(nil); err != nil; { // ERROR "inner declaration of var err error"
		return // ERROR "result parameter err not in scope at return"
	}
	return
}

func main() {
	_, _ = parse("x")
}
