// syntax: function declaration without a parameter list
package main

func main { // ERROR "unexpected {, expecting \("
} // ERROR "unexpected }, expecting \)"
