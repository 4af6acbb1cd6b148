// gosub-only: unsupported construct: imaginary literal
// needs: types (the checker rejects floating-point and complex numbers)
package main

var c = 2i // ERROR "unsupported: complex numbers"

func main() {}
