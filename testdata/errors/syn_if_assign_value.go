// syntax: assignment used as an if condition
package main

func main() {
	x := 0
	if x = 1 { // ERROR "cannot use assignment .* as value"
	}
}
