// lexical: invalid character @ (skipping it leaves valid code)
package main

var x = 1 @ // ERROR "invalid character U\+0040 '@'"

func main() {}
