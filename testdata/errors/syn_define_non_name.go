// syntax: := with a selector on the left (gc 1.19 reports this from its type checker, gosub from its parser)
package main

type T struct{ b int }

func main() {
	var a T
	a.b := 1 // ERROR "non-name a.b on left side of :="
	_ = a
}
