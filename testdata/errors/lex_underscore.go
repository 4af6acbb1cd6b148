// lexical: misplaced _ in integer literals
package main

var a = 1__0  // ERROR "'_' must separate successive digits"
var b = 10_   // ERROR "'_' must separate successive digits"
var c = 0x1_  // ERROR "'_' must separate successive digits"
var d = 0b1__1 // ERROR "'_' must separate successive digits"
var e = 1_000_000 // valid
var f = 0x_1F     // valid: _ may follow the base prefix
var g = 0_7       // valid legacy octal

func main() {}
