// lexical: interpreted string literal not terminated at end of file (no final newline)
package main

func main() {}

var s = "abc // ERROR `string not terminated`