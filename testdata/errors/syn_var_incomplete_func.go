// syntax: var declaration with = and no value, followed by a function: func is taken as a function literal
package main

var x int =

func main() {} // ERROR "unexpected main, expecting \("
