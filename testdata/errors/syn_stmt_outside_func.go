// syntax: assignment statement at top level
package main

var x int

x = 1 // ERROR "non-declaration statement outside function body"

func main() {}
