// gosub-only: unsupported construct: floating-point literal
package main

var f = 1.5 // ERROR "unsupported: floating-point"

func main() {}
