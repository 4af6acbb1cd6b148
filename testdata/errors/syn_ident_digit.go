// syntax: an identifier cannot start with a digit (1abc is the literal 1, then abc)
package main

var 1abc = 2 // ERROR "unexpected literal 1, expecting name"

func main() {}
