// lexical: invalid digit in a 0o octal literal
package main

var a = 0o78 // ERROR "invalid digit '8' in octal literal"
var b = 0O17 // valid

func main() {}
