// lexical: \u and \U escapes naming a surrogate half or a value above U+10FFFF
package main

var s = "\uD800"     // ERROR "escape is invalid Unicode code point U\+D800"
var r = '\uDFFF'     // ERROR "escape is invalid Unicode code point U\+DFFF"
var t = "\U00110000" // ERROR "escape is invalid Unicode code point U\+110000"
var u = "\U0010FFFF" // largest valid code point

func main() {}
