// lexical: invalid \x escapes (bad digit, too few digits)
package main

var s = "\xZZ" // ERROR "invalid character 'Z' in hexadecimal escape"
var t = "\x4"  // ERROR "invalid character '\"' in hexadecimal escape"
var u = "\u12" // ERROR "invalid character '\"' in hexadecimal escape"
var v = "\xfF\u00e9\U0001F600" // valid

func main() {}
