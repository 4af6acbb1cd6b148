// syntax: if without a condition
package main

func main() {
	if { // ERROR "missing condition in if statement"
	}
}
