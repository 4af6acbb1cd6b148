// gosub-only: unsupported construct: imaginary literal
package main

var c = 2i // ERROR "unsupported: complex numbers"

func main() {}
