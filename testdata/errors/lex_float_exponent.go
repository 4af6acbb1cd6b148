// lexical: malformed floating-point literals (gosub still has to lex floats to reject them)
package main

var a = 1e+   // ERROR "exponent has no digits"
var b = 0x1p  // ERROR "exponent has no digits"
var c = 0x1.0 // ERROR "hexadecimal mantissa requires a 'p' exponent"

func main() {}
