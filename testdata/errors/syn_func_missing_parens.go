// syntax: function declaration without a parameter list
package main

func main { println("hi") } // ERROR "unexpected {, expecting \("
