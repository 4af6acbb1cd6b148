// syntax: short variable declaration at top level
package main

x := 1 // ERROR "non-declaration statement outside function body"

func main() {}
