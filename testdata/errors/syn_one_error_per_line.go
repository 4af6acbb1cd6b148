// syntax: gc reports at most one syntax error per line; the missing ( ) also breaks the } on this line
package main

func main { } // ERROR "unexpected {, expecting \("
