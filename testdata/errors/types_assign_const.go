// types: assigning to constants, literals and other non-addressable operands
// needs: types (the type checker reports these)
package main

const limit = 10

const (
	red = iota
	green
)

func main() {
	limit = 20 // ERROR "cannot assign to limit \(untyped int constant 10\)"
	green++ // ERROR "cannot assign to green \(untyped int constant 1\)"
	red += 1 // ERROR "cannot assign to red \(untyped int constant 0\)"
	len("x") = 1 // ERROR `cannot assign to len\("x"\) \(constant 1 of type int\)`
	1 = 2 // ERROR "cannot assign to 1 \(untyped int constant\)"
	"s" = "t" // ERROR `cannot assign to "s" \(untyped string constant\)`
	limit, green = 1, 2 // ERROR "cannot assign to limit \(untyped int constant 10\)" "cannot assign to green \(untyped int constant 1\)"
}
