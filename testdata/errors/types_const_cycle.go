// types: constants and types defined in terms of themselves
// needs: types (the type checker reports these)
package main

const c = c + 1 // ERROR "initialization loop for c" "c refers to" "^c$"

const (
	p = q // ERROR "initialization loop for p" "p refers to" "^p$"
	q = p // ERROR "q refers to"
)

type T [len(T{})]int // ERROR "illegal cycle in type declaration"

func main() {
	println(c, p)
}
