// types: iota only exists inside constant declarations
// needs: types (the type checker reports these)
package main

const (
	a = iota
	b
)

var v = iota // ERROR "cannot use iota outside constant declaration"

func main() {
	x := iota // ERROR "cannot use iota outside constant declaration"
	n := iota + 1 // ERROR "cannot use iota outside constant declaration"
	_, _, _ = x, n, v
	const c = iota
	_ = c
}
