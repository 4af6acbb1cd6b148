// syntax: semicolon after the post statement of a for clause
package main

func main() {
	for i := 0; i < 3; i++; { // ERROR "unexpected semicolon, expecting { after for clause"
	}
}
