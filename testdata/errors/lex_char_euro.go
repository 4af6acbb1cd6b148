// lexical: a non-letter Unicode character in an identifier
package main

var e€ = 1 // ERROR "invalid character U\+20AC '€' in identifier"

func main() {}
