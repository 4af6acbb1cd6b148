// syntax: var declaration with = and no value (the error is on the next line: = does not end a statement)
package main

func main() {}

var x int =
var y = 2 // ERROR "unexpected var, expecting expression"
