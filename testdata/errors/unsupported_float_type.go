// gosub-only: unsupported construct: floating-point type
// needs: types (the checker rejects floating-point and complex numbers)
package main

var f float64 // ERROR "unsupported: floating-point"

func main() {}
