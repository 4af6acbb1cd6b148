// lexical: base prefix with no digits
package main

var a = 0x  // ERROR "hexadecimal literal has no digits"
var b = 0b  // ERROR "binary literal has no digits"
var c = 0o  // ERROR "octal literal has no digits"
var d = 0x_ // ERROR "hexadecimal literal has no digits"

func main() {}
