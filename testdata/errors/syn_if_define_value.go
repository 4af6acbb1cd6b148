// syntax: short variable declaration used as an if condition
package main

func main() {
	if x := 1 { // ERROR "cannot use x := 1 as value"
	}
}
