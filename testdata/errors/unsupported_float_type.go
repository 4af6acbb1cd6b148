// gosub-only: unsupported construct: floating-point type
package main

var f float64 // ERROR "unsupported: floating-point"

func main() {}
