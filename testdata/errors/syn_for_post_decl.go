// syntax: short variable declaration as the post statement of a for loop
package main

func main() {
	for i := 0; i < 3; j := 1 { // ERROR "cannot declare in post statement of for loop"
		_ = i
	}
}
