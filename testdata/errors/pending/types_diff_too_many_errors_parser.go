// types: the limit of ten errors counts an error of the parser as one
// needs: types (the type checker reports these)
package main

func main() {
	-n := 1 // ERROR "non-name -n on left side of :=" "undefined: n"
	_ = n // ERROR "undefined: n"
	_ = n // ERROR "undefined: n"
	_ = n // ERROR "undefined: n"
	_ = n // ERROR "undefined: n"
	_ = n // ERROR "undefined: n"
	_ = n // ERROR "undefined: n"
	_ = n // ERROR "undefined: n"
	_ = n // ERROR "undefined: n"
	_ = n
	_ = n
	_ = n
}
