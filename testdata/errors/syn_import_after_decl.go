// syntax: import after a declaration
package main

var x = 1

import "fmt" // ERROR "non-declaration statement outside function body"

func main() { fmt.Println(x) }
