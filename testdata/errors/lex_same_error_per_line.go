// lexical: gc drops a repeated error message on the same line, but reports different ones
package main

var s = "\q\q"   // ERROR "unknown escape"
var t = "\q\xZZ" // ERROR "unknown escape" "invalid character 'Z' in hexadecimal escape"
var u = 1 @ @ # // ERROR "invalid character U\+0040 '@'" "invalid character U\+0023 '#'"

func main() {}
