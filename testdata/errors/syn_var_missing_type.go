// syntax: var declaration with neither type nor value
package main

var x // ERROR "unexpected newline, expecting type"

func main() {}
