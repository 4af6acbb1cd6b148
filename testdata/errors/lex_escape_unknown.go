// lexical: unknown escape sequences in string and rune literals
package main

var a = "\q"  // ERROR "unknown escape"
var b = '\"'  // ERROR "unknown escape"
var c = "\'"  // ERROR "unknown escape"
var d = "\8"  // ERROR "unknown escape"
var e = "\a\b\f\n\r\t\v\\\"" // all valid
var f = '\''  // valid

func main() {}
