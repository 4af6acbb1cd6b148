// lexical: octal escape with fewer than three digits
package main

var s = "\40"  // ERROR "invalid character '\"' in octal escape"
var r = '\4'   // ERROR `invalid character '\\'' in octal escape`
var t = "\0x"  // ERROR "invalid character 'x' in octal escape"

func main() {}
