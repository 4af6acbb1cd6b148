// gosub-only: unsupported construct: generic type
package main

type Box[T any] struct { // ERROR "unsupported: generic type"
	v T
}

func main() {}
