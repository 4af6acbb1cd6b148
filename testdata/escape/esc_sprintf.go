// Exercises fmt.Sprintf and fmt.Sprint: their operands escape, the result is a new string.
package main

import "fmt"

type pt struct {
	x, y int
}

func format(p pt) string {
	return fmt.Sprintf("(%d,%d)", p.x, p.y) // ERROR "\.\.\. argument does not escape" "p\.x escapes to heap" "p\.y escapes to heap"
}

func formatPtr(p *pt) string { // ERROR "leaking param: p"
	return fmt.Sprint(p) // ERROR "\.\.\. argument does not escape"
}

func localLen(n int, s string) int { // ERROR "leaking param: s"
	msg := fmt.Sprintf("%d-%s", n, s) // ERROR "\.\.\. argument does not escape" "n escapes to heap" "s escapes to heap"
	return len(msg)
}

func main() {
	p := pt{1, 2} // ERROR "moved to heap: p"
	fmt.Println(format(p), formatPtr(&p), localLen(3, "x")) // ERROR "\.\.\. argument does not escape" "format\(p\) escapes to heap" "formatPtr\(&p\) escapes to heap" "localLen\(3, \"x\"\) escapes to heap"
}
