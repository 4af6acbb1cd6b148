// types: a main package whose main is a variable rather than a function
// needs: types (the type checker reports these)
package main

var main = 1 // ERROR "cannot declare main - must be func"

func run() {}
