// lexical: newline inside a rune literal
package main

var r = 'a // ERROR "newline in rune literal"

func main() {}
