// lexical: invalid digit in a binary literal
package main

var a = 0b102 // ERROR "invalid digit '2' in binary literal"
var b = 0B1_0 // valid

func main() {}
