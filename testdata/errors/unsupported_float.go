// gosub-only: unsupported construct: floating-point literal
// needs: types (the checker rejects floating-point and complex numbers)
package main

var f = 1.5 // ERROR "unsupported: floating-point"

func main() {}
