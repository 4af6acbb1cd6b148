// gosub-only: unsupported construct: generic function
package main

func Max[T int | string](a, b T) T { // ERROR "unsupported: generic function"
	if a > b {
		return a
	}
	return b
}

func main() {}
