// syntax: else followed by a statement instead of a block or if
package main

func main() {
	x := 1
	if x > 0 {
	} else x++ // ERROR "else must be followed by if or statement block"
}
