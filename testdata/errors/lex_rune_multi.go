// lexical: more than one character in a rune literal
package main

var r = 'ab'    // ERROR "more than one character in rune literal"
var s = '\n\t' // ERROR "more than one character in rune literal"
var t = 'é'     // one character (two bytes): fine

func main() {}
