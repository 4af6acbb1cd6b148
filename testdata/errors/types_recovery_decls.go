// types: mistakes at package level, in a method and in main are all reported
// needs: types (the type checker reports these)
package main

var limit int = "ten" // ERROR `cannot use "ten" \(untyped string constant\) as int value in variable declaration`

type pair struct {
	a int
	b undefinedT // ERROR "undefined: undefinedT"
}

const big int8 = 1000 // ERROR "cannot use 1000 \(untyped int constant\) as int8 value in constant declaration \(overflows\)"

func (p pair) sum() int {
	return p.a + p.c // ERROR "p\.c undefined \(type pair has no field or method c\)"
}

func main() {
	var p pair
	p.sum(1) // ERROR "too many arguments in call to p\.sum"
	_ = limit
}
