// types: interfaces that declare a method twice, directly or through embedded interfaces with different signatures
// needs: types (the type checker reports these)
package main

type reader interface {
	Read() int // ERROR "other declaration of Read"
	Read() int // ERROR "duplicate method Read"
}

type closer interface {
	Close() error
}

type closer2 interface {
	Close() int
}

type both interface {
	closer // ERROR "other declaration of Close"
	closer2 // ERROR "duplicate method Close"
}

type same interface {
	closer
	Close() error
}

func main() {
	var r reader
	_ = r
}
