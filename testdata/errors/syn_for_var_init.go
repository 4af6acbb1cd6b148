// syntax: var declaration as the init statement of a for loop
package main

func main() {
	for var i = 0; i < 3; i++ { // ERROR "var declaration not allowed in for initializer"
	}
}
