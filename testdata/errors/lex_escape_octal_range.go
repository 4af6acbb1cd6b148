// lexical: octal escape value above 255
package main

var s = "\400" // ERROR "octal escape value 256 > 255"
var r = '\777' // ERROR "octal escape value 511 > 255"
var t = "\377" // largest valid octal escape

func main() {}
