// syntax: keywords used as names
package main

var func = 1 // ERROR "unexpected func, expecting name"

func main() {}
