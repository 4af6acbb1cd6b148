// lexical: raw string literal not terminated (it runs to the end of the file)
package main

var s = `abc // ERROR "string not terminated"

func main() {}
