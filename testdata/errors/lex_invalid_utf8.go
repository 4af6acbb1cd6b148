// lexical: invalid UTF-8 in a string literal and between tokens
package main

var a = "xÿ" // ERROR "invalid UTF-8 encoding"
var b = 1 ÿ // ERROR "invalid UTF-8 encoding"

func main() {}
