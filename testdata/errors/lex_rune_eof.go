// lexical: rune literal not terminated at end of file (no final newline)
package main

func main() {}

var r = 'a // ERROR "rune literal not terminated"