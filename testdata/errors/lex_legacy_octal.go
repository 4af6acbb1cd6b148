// lexical: invalid digit in a legacy octal literal (leading 0)
package main

var a = 09   // ERROR "invalid digit '9' in octal literal"
var b = 0128 // ERROR "invalid digit '8' in octal literal"
var c = 0777 // valid
var d = 0    // valid

func main() {}
